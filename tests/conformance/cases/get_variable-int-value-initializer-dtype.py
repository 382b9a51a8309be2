# An int value initializer makes an int32 variable; dtype=None takes the value's dtype.
import tensorflow as tf
v = tf.get_variable("v", initializer=3)
print(v)
