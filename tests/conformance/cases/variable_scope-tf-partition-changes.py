# VariableScopeWithPartitioningTest testBreaksIfPartitioningChanges: reusing a partitioned variable with other partitions is a ValueError.
import tensorflow as tf
def into(n):
    def partitioner(shape=None, **unused_kwargs):
        part = [1] * len(shape)
        part[0] = n
        return part
    return partitioner
with tf.variable_scope("scope0", partitioner=into(2)):
    tf.get_variable("name0", shape=(3, 1, 1))
for n in [3, 1]:
    with tf.variable_scope("scope0", partitioner=into(n), reuse=True):
        try:
            tf.get_variable("name0", shape=(3, 1, 1))
        except ValueError as e:
            print("ValueError:", e)
