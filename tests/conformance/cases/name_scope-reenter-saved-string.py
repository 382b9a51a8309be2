# Passing back the string bound by "as" (ends in "/") re-enters the same scope; op counters continue.
import tensorflow as tf
with tf.name_scope("a") as scope:
    c1 = tf.constant(1)
with tf.name_scope(scope) as again:
    c2 = tf.constant(2)
print(again, c1.name, c2.name)
