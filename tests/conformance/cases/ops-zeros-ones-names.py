# tf.zeros / tf.ones of a small static shape are single Consts named "zeros" / "ones".
import tensorflow as tf
print(tf.zeros([2, 3]).name, tf.ones([2]).name, tf.zeros([1], dtype=tf.int32).op.type)
