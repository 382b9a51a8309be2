# tf.Variable(1, dtype=tf.float32) converts the int to float32.
import tensorflow as tf
v = tf.Variable(1, dtype=tf.float32, name="v")
print(v, v.initial_value)
