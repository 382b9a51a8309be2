# tf.zeros / tf.ones with a Python int shape: constant(shape=6) cannot iterate it, so a Fill of
# TensorShape(6) = [6] (shape_as_tensor), never the small-Const path a list shape takes.
import tensorflow as tf
a = tf.zeros(6)
b = tf.ones(3, dtype=tf.int32, name="o")
c = tf.zeros([6])
d = tf.Variable(tf.zeros(4))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
print(a.shape, b.shape, c.shape)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
print(sess.run([a, b, d]))
