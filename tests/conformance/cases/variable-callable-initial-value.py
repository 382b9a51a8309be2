# A callable initial value is built under "<name>/Initializer/".
import tensorflow as tf
v = tf.Variable(lambda: tf.zeros([2]), name="v")
print([op.name for op in tf.get_default_graph().get_operations()])
