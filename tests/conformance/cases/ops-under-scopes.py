# Op names are unique per full name: scopes keep separate counters.
import tensorflow as tf
a = tf.constant(1, name="a")
with tf.name_scope("x"):
    p = a + a
with tf.name_scope("y"):
    q = a + a
print(p.name, q.name, (a + a).name)
