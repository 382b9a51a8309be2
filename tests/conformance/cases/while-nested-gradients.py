# Nested while loops and their gradient (the inner loop's count accumulated by the outer
# gradient loop), and back_prop=False giving no gradient.
import tensorflow as tf
x = tf.constant(1.5)
def outer(i, acc):
    j, inner = tf.while_loop(lambda j, s: j < 2, lambda j, s: (j + 1, s * x), [0, acc])
    return i + 1, inner + 1.0
_, y = tf.while_loop(lambda i, a: i < 2, outer, [0, tf.constant(1.0)])
g = tf.gradients(y, x)
nb = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x), [0, x], back_prop=False)
print(tf.gradients(nb[1], x))
with tf.Session() as sess:
    print(sess.run([y, g]))
print(len(tf.get_default_graph().get_operations()))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
