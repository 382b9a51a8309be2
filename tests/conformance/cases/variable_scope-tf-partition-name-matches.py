# VariableScopeWithPartitioningTest testResultNameMatchesRequested: a partitioned variable's name has no :0; its parts are name/part_i; as_tensor concatenates.
import tensorflow as tf
def axis0_into2_partitioner(shape=None, **unused_kwargs):
    part = [1] * len(shape)
    part[0] = 2
    return part
with tf.variable_scope("scope0", partitioner=axis0_into2_partitioner):
    v = tf.get_variable("name0", shape=(3, 1, 1))
    print(v.name)
    v_concat = v.as_tensor()
    print(v_concat.name, v_concat)
print([x.name for x in tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES)])
print([x.get_shape() for x in v], v.get_shape())
