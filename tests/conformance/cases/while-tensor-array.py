# tf.TensorArray (v1 graph mode): TensorArrayV3 and its read/write/scatter/gather ops, names and
# shapes, used inside a while loop as dynamic_rnn does (the handle and input flow enter the
# loop, the output flow is a loop variable), and values in a session.
import tensorflow as tf
x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
inp = tf.TensorArray(tf.float32, size=3)
inp = inp.unstack(x)
out = tf.TensorArray(dtype=tf.float32, size=3, element_shape=tf.TensorShape([2]), clear_after_read=False)
def body(t, acc, ta):
    v = inp.read(t)
    acc = acc + v
    return t + 1, acc, ta.write(t, acc * 2.0)
t, acc, out = tf.while_loop(lambda t, acc, ta: t < 3, body, (tf.constant(0), tf.zeros([2]), out))
stacked = out.stack()
print(stacked, out.element_shape, inp.element_shape, out.dtype, out.flow, out.handle)
g = out.gather([2, 0])
print(g)
size = out.size()
print(size)
with tf.Session() as sess:
    print(sess.run([acc, stacked, g, size]))
ta = tf.TensorArray(tf.int32, size=0, dynamic_size=True, infer_shape=False)
ta = ta.write(0, [1, 2, 3])
ta = ta.write(1, [4])
c = ta.concat()
n = ta.size()
sp = tf.TensorArray(tf.float32, size=2, infer_shape=False).split(tf.constant([1.0, 2.0, 3.0]), [1, 2])
r1 = sp.read(1)
sc = tf.TensorArray(tf.float32, size=4, clear_after_read=False).scatter([3, 1], tf.constant([[7.0], [8.0]]))
r3 = sc.read(3)
closed = sc.close()
gr = sc.grad("gradients")
print(c, n, r1, r3, closed.name, gr.handle, gr.flow)
with tf.Session() as sess:
    print(sess.run([c, n, r1, r3]))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
