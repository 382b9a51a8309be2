# An op may be named "a/b" directly; that does not mark "a" as used, so name_scope("a") is "a/".
import tensorflow as tf
c = tf.constant(1, name="a/b")
with tf.name_scope("a") as s:
    d = tf.constant(2, name="b")
print(c.name, s, d.name)
