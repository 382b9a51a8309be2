# gradients_test: the MatMul gradient's attrs and original op, unused outputs, dependent ys, stop_gradients, partial derivatives, unconnected gradients, grad_ys, names.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    inp = tf.constant(1.0, shape=[32, 100], name="in")
    w = tf.constant(1.0, shape=[100, 10], name="w")
    b = tf.constant(1.0, shape=[10], name="b")
    xw = tf.matmul(inp, w, name="xw")
    h = tf.nn.bias_add(xw, b, name="h")
    w_grad = tf.gradients(h, w)[0]
    print(w_grad.name, w_grad.op.type, w_grad.op.get_attr("transpose_a"), w_grad.op.get_attr("transpose_b"))
    x = tf.constant([1.0, 2.0, 3.0, 4.0])
    s0, s1 = tf.split(x, 2)
    print([t.name for t in tf.gradients(s0 * 2.0, [x])])
    with tf.Session() as sess:
        print(sess.run(tf.gradients(s0 * 2.0, [x])))
    xx = tf.constant(3.0)
    y = tf.square(xx)
    y2 = tf.square(y)
    print(tf.gradients(y2, [xx, y]))
    with tf.Session() as sess:
        print(sess.run(tf.gradients(y2, [xx, y])))
    a = tf.constant(1.0)
    bb = 2 * a
    z = a + bb
    print(tf.gradients(z, [a, bb], stop_gradients=[a, bb]), tf.gradients(z, [a, bb]))
    with tf.Session() as sess:
        print(sess.run(tf.gradients(z, [a, bb], stop_gradients=[a, bb])), sess.run(tf.gradients(z, [a, bb])))
    u = tf.constant(1.0, name="u")
    print(tf.gradients(z, [u]), tf.gradients(z, [u], unconnected_gradients="zero"))
    gy = tf.gradients(z, [a], grad_ys=[tf.constant(2.0)], name="mygrads")
    print(gy)
    with tf.Session() as sess:
        print(sess.run(gy))
    try:
        tf.gradients(z, [a], grad_ys=[tf.constant(2.0), tf.constant(1.0)])
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0])
    try:
        tf.gradients(z, [a], grad_ys=[tf.constant([1.0, 2.0])])
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0])
    try:
        tf.gradients(z, [a], unconnected_gradients="nope")
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0])
print([op.name for op in g.get_operations()][-12:])
