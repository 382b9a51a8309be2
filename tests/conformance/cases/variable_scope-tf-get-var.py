# variable_scope_test testVarScopeGetVar: sharing through scope objects and strings; a new variable under a reused scope, another shape or another dtype are ValueErrors.
import tensorflow as tf
with tf.variable_scope("root"):
    with tf.variable_scope("towerA") as tower_a:
        va = tf.get_variable("v", [1])
        print(va.name)
    with tf.variable_scope(tower_a, reuse=True):
        print(tf.get_variable("v", [1]) is va)
    with tf.variable_scope("towerB"):
        print(tf.get_variable("v", [1]).name)
    try:
        with tf.variable_scope("towerA"):
            tf.get_variable("v", [1])
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0])
    with tf.variable_scope("towerA", reuse=True):
        print(tf.get_variable("v", [1]) is va)
    with tf.variable_scope("foo"):
        with tf.variable_scope("bar"):
            v = tf.get_variable("v", [1])
            print(v.name)
            with tf.variable_scope(tower_a, reuse=True):
                print(tf.get_variable("v", [1]) is va)
    for shape, dtype, inner in [([1], tf.float32, "baz"), ([2], tf.float32, None), ([1], tf.int32, None)]:
        try:
            with tf.variable_scope(tower_a, reuse=True):
                if inner:
                    with tf.variable_scope(inner):
                        tf.get_variable("v", shape, dtype=dtype)
                else:
                    tf.get_variable("v", shape, dtype=dtype)
        except ValueError as e:
            print("ValueError:", str(e).splitlines()[0])
