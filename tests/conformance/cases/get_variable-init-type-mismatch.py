# A value initializer whose dtype differs from dtype= is refused.
import tensorflow as tf
tf.get_variable("v", dtype=tf.int32, initializer=1.5)
