# A value initializer plus a shape is refused.
import tensorflow as tf
tf.get_variable("v", [1], initializer=1.0)
