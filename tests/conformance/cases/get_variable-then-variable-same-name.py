# tf.Variable after get_variable with the same name is uniquified ("v_1"), and not shared.
import tensorflow as tf
a = tf.get_variable("v", [1])
b = tf.Variable(1.0, name="v")
print(a.name, b.name)
