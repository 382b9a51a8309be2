# values from two different graphs are refused.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    c = tf.constant(1.0, name="c")
d = tf.constant(2.0, name="d")
try:
    with tf.name_scope("s", values=[c, d]):
        pass
except ValueError as e:
    print(str(e).split(" (graphs are")[0])  # the rest holds memory addresses
