# A partitioned variable's regularizer runs once per shard, named after the shard.
import tensorflow as tf
with tf.variable_scope("s", partitioner=tf.fixed_size_partitioner(2), regularizer=lambda v: tf.reduce_sum(v)):
    v = tf.get_variable("v", [4, 3])
losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print(len(losses), [l.name for l in losses])
print(tf.losses.get_regularization_loss())
