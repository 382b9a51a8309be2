# tf.gradients through a while loop: the forward counter (f_count), the gradient loop (b_count),
# b_exit/b_switch, a loop constant's gradient accumulated (b_acc), values.
import tensorflow as tf
x = tf.constant(3.0)
i = tf.constant(0)
_, y = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x), [i, tf.constant(1.0)])
g = tf.gradients(y, x)
print(g)
with tf.Session() as sess:
    print(sess.run([y, g]))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
