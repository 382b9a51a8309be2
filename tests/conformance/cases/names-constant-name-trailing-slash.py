# An op name ending in "/" is used as-is, without uniquification and without the slash.
import tensorflow as tf
a = tf.constant(1, name="x")
b = tf.constant(2, name="y/")
print(a.name, b.name, tf.constant(3, name="y").name)
