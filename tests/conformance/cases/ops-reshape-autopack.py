# A shape list holding a tensor is packed: "Reshape/shape/1" (the -1) and the Pack "Reshape/shape".
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4], name="x")
n = tf.placeholder(tf.int32, [], name="n")
r = tf.reshape(x, [n, -1])
print(r, [op.name for op in tf.get_default_graph().get_operations()])
