# variable_scope_test testControlFlow: get_variable inside cond branches; the variables initialize without the predicate's variable.
import tensorflow as tf
v0 = tf.get_variable("v0", [], initializer=tf.constant_initializer(0))
var_dict = {}
def var_in_then_clause():
    v1 = tf.get_variable("v1", [1], initializer=tf.constant_initializer(1))
    var_dict["v1"] = v1
    return v1 + v0
def var_in_else_clause():
    v2 = tf.get_variable("v2", [1], initializer=tf.constant_initializer(2))
    var_dict["v2"] = v2
    return v2 + v0
add = tf.cond(tf.less(v0, 10), var_in_then_clause, var_in_else_clause)
v1 = var_dict["v1"]
v2 = var_dict["v2"]
print(v1.name, v2.name, add.name, v1.initializer.name, v1.value().name)
with tf.Session() as sess:
    sess.run(v1.initializer)
    print(sess.run(v1))
    sess.run(v2.initializer)
    print(sess.run(v2))
    try:
        sess.run(add)
    except tf.errors.OpError as e:
        print(type(e).__name__, "uninitialized" in str(e))
    sess.run(v0.initializer)
    print(sess.run(add))
