# tf.zeros of 1000 or more elements is a Fill with a shape Const and a zero Const.
import tensorflow as tf
z = tf.zeros([10, 100])
print(z, [op.name for op in tf.get_default_graph().get_operations()])
