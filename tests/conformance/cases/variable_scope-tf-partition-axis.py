# VariableScopeWithPartitioningTest testPartitionConcatenatesAlongCorrectAxis: the partitioner's axis decides the parts' shapes.
import tensorflow as tf
def _part_axis_0(**unused_kwargs):
    return (2, 1, 1)
def _part_axis_1(**unused_kwargs):
    return (1, 2, 1)
with tf.variable_scope("root"):
    v0 = tf.get_variable("n0", shape=(2, 2, 2), partitioner=_part_axis_0)
    v1 = tf.get_variable("n1", shape=(2, 2, 2), partitioner=_part_axis_1)
print(v0.get_shape(), v1.get_shape())
print([(p.name, p.get_shape()) for p in list(v0)], [(p.name, p.get_shape()) for p in list(v1)])
print([op.name for op in tf.get_default_graph().get_operations()])
