# Each graph has its own name counters and variable store.
import tensorflow as tf
a = tf.constant(1)
tf.get_variable("v", [1])
with tf.Graph().as_default():
    b = tf.constant(1)
    w = tf.get_variable("v", [1])
print(a.name, b.name, w.name)
