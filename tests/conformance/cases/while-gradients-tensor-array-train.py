# An RNN loop as dynamic_rnn builds it (TensorArrays in, out, maximum_iterations) trained with
# GradientDescent: the stacks (f_acc, StackPushV2/StackPopV2), TensorArray gradients, b_sync, values.
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3, 2])
inputs = tf.transpose(x, [1, 0, 2])
w = tf.get_variable("w", [4, 2], initializer=tf.constant_initializer(0.1))
ta_in = tf.TensorArray(tf.float32, size=3).unstack(inputs)
ta_out = tf.TensorArray(tf.float32, size=3)
def body(t, h, out):
    xt = ta_in.read(t)
    h = tf.tanh(tf.matmul(tf.concat([xt, h], 1), w))
    return [t + 1, h, out.write(t, h)]
_, h, out = tf.while_loop(lambda t, h, out: t < 3, body, [tf.constant(0), tf.zeros([2, 2]), ta_out],
                          maximum_iterations=3)
outputs = out.stack()
loss = tf.reduce_sum(outputs * outputs) + tf.reduce_sum(h)
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
gw = tf.gradients(loss, w)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    feed = {x: [[[1.0, 2.0], [0.5, -1.0], [0.0, 1.0]], [[-1.0, 0.5], [2.0, 1.0], [1.0, 1.0]]]}
    print(sess.run([loss, gw], feed))
    sess.run(train, feed)
    print(sess.run(loss, feed))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
