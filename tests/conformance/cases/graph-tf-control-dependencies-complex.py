# ops_test ControlDependenciesTest.testComplex: an op gets only the control inputs its data inputs do not already carry.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    a_1, a_2, a_3, a_4 = [tf.constant(float(i), name="a_%d" % i) for i in range(1, 5)]
    with g.control_dependencies([a_1]):
        b_1 = tf.multiply(a_3, a_4, name="b_1")
        c_1 = tf.multiply(a_1, b_1, name="c_1")
        d_1 = tf.multiply(b_1, c_1, name="d_1")
        e_1 = tf.constant(5.0, name="e_1")
        with g.control_dependencies([a_2]):
            b_2 = tf.multiply(a_3, a_4, name="b_2")
            c_2 = tf.multiply(a_1, b_1, name="c_2")
            d_2 = tf.multiply(b_2, c_2, name="d_2")
            e_2 = tf.multiply(e_1, e_1, name="e_2")
            with g.control_dependencies([a_3]):
                b_3 = tf.multiply(a_3, a_4, name="b_3")
                c_3 = tf.multiply(a_1, b_1, name="c_3")
                d_3 = tf.multiply(b_3, c_3, name="d_3")
                e_3 = tf.multiply(e_2, e_2, name="e_3")
                with g.control_dependencies([a_4]):
                    b_4 = tf.multiply(a_3, a_4, name="b_4")
                    c_4 = tf.multiply(a_1, b_1, name="c_4")
                    d_4 = tf.multiply(b_4, c_4, name="d_4")
                    e_4 = tf.multiply(e_3, e_3, name="e_4")
for t in (b_1, b_2, b_3, b_4, c_1, c_2, c_3, c_4, d_1, d_2, d_3, d_4, e_1, e_2, e_3, e_4):
    print(t.op.name, sorted(x.name for x in t.op.control_inputs))
