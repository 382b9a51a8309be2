# Combining tensors from two graphs is a ValueError.
import tensorflow as tf
a = tf.constant(1.0, name="a")
with tf.Graph().as_default():
    b = tf.constant(1.0, name="b")
try:
    tf.add(a, b)
except ValueError as e:
    print(str(e).split(" (graphs are")[0])  # the rest holds memory addresses
