# VariableScopeWithPartitioningTest: reuse returns the existing partitioned variable (also without a partitioner); the partitioner propagates on re-opening; a scalar ignores it.
import tensorflow as tf
def axis0_into2_partitioner(shape=None, **unused_kwargs):
    part = [1] * len(shape)
    part[0] = 2
    return part
with tf.variable_scope("scope0", partitioner=axis0_into2_partitioner) as vs:
    v_concat = tf.get_variable("name0", shape=(3, 1, 1))
    tf.get_variable_scope().reuse_variables()
    v_concat_2 = tf.get_variable("name0", shape=(3, 1, 1))
    print(v_concat is v_concat_2, vs.partitioner is axis0_into2_partitioner)
    with tf.variable_scope(vs) as vs1:
        print(vs1.partitioner is axis0_into2_partitioner)
with tf.variable_scope("scope0", reuse=True):
    v_reused = tf.get_variable("name0")
print(v_reused is v_concat)
with tf.variable_scope("scope1", partitioner=axis0_into2_partitioner):
    s = tf.get_variable("name0", shape=())
    print(s.name)
print([x.name for x in tf.global_variables()])
