# Even when the dtypes match, get_variable converted the value to check it: a stray Const remains.
import tensorflow as tf
v = tf.get_variable("v", dtype=tf.float32, initializer=1.5)
print([op.name for op in tf.get_default_graph().get_operations()])
