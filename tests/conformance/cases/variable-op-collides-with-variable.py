# A variable "v" takes the scope "v/", so a later op named "v" becomes "v_1".
import tensorflow as tf
tf.Variable(1.0, name="v")
print(tf.constant(1, name="v").name, tf.constant(1, name="v/read").name)
