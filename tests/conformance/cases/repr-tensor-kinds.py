# Tensor str: Tensor("name", shape=(...), dtype=...), unknown dims as ?, unknown rank without shape=.
import tensorflow as tf
print(tf.constant(1.0, name="s"))
print(tf.placeholder(tf.int32, [None, 2], name="p"))
print(tf.placeholder(tf.float32, name="u"))
print(tf.constant([1, 2], name="c").shape)
