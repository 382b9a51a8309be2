# Tensor repr: <tf.Tensor 'name' shape=(...) dtype=...>.
import tensorflow as tf
print(repr(tf.constant([1.0, 2.0], name="c")))
print(repr(tf.placeholder(tf.float32, name="u")))
