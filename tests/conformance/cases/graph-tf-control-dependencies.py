# ops_test ControlDependenciesTest: nested and cleared control_dependencies, data dependencies dominate, a multi-output op counts once.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    b = tf.constant(2.0, name="b")
    with g.control_dependencies([a]):
        c = tf.constant(3.0, name="c")
        d = tf.identity(b, name="d")
        e = tf.identity(c, name="e")
        f = tf.identity(a, name="f")
    print([[x.name for x in t.op.control_inputs] for t in (c, d, e, f)])
    a_1, a_2, a_3, a_4 = [tf.constant(float(i), name="a_%d" % i) for i in range(1, 5)]
    with g.control_dependencies([a_1, a_2, a_3, a_4]):
        b_1 = tf.constant(0.0, name="b_1")
    with g.control_dependencies([a_1]):
        with g.control_dependencies([a_2]):
            with g.control_dependencies([a_3]):
                with g.control_dependencies([a_4]):
                    b_2 = tf.constant(0.0, name="b_2")
    print([x.name for x in b_1.op.control_inputs], [x.name for x in b_2.op.control_inputs])
    with g.control_dependencies([a_1]):
        with g.control_dependencies([a_2]):
            with g.control_dependencies(None):
                with g.control_dependencies([a_3]):
                    with g.control_dependencies([a_4]):
                        b_3_4 = tf.constant(0.0)
                    b_3 = tf.constant(0.0)
                b_none = tf.constant(0.0)
            b_1_2 = tf.constant(0.0)
        b_1b = tf.constant(0.0)
        with g.control_dependencies(None):
            b_none2 = tf.constant(0.0)
    for t in (b_3_4, b_3, b_none, b_1_2, b_1b, b_none2):
        print(t.op.name, [x.name for x in t.op.control_inputs])
    u = tf.split(tf.constant([1, 2]), 2)
    with g.control_dependencies([u[0]]):
        r1 = tf.constant(0)
        with g.control_dependencies([u[1]]):
            r2 = tf.constant(0)
    print([x.name for x in r1.op.control_inputs], [x.name for x in r2.op.control_inputs])
    v = tf.Variable(1.0, name="v")
    with g.control_dependencies([v]):
        r3 = tf.constant(0)
    with g.control_dependencies([v.initializer]):
        r4 = tf.constant(0)
    print([x.name for x in r3.op.control_inputs], [x.name for x in r4.op.control_inputs])
