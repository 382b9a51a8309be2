# ops_test NameTest.testGenerateName: an op is named by its type, uniquified; its outputs are name:0, name:1.
import tensorflow as tf
x = tf.constant([1.0, 2.0])
u = tf.nn.top_k(x)
u2 = tf.nn.top_k(x)
m = tf.nn.top_k(x, name="my_op")
print(u.values.op.name, u.values.name, u.indices.name, u2.values.op.name, u2.indices.name, m.values.name, [t.name for t in m.values.op.outputs])
print(len(u.values.op.values()), [t.name for t in u.values.op.values()], [t.name for t in tf.split(x, 2)])
