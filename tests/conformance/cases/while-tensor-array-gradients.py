# Gradients through TensorArray ops outside a loop: split then concat, unstack then stack, and
# read after write (each gradient array made by TensorArrayGradV3 with the gradients' source).
import tensorflow as tf
v = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0])
ta = tf.TensorArray(tf.float32, size=2, infer_shape=False).split(v, [2, 3])
c = ta.concat()
y1 = tf.reduce_sum(c * c)
m = tf.constant([[1.0, 2.0], [3.0, 4.0]])
s = tf.TensorArray(tf.float32, size=2).unstack(m).stack()
y2 = tf.reduce_sum(s * tf.constant([[1.0, 0.0], [0.0, 2.0]]))
w = tf.TensorArray(tf.float32, size=1).write(0, m * 3.0)
y3 = tf.reduce_sum(w.read(0))
g = tf.gradients([y1, y2, y3], [v, m])
print(g)
with tf.Session() as sess:
    print(sess.run(g))
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("gradients"):
        print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
