# Partitioned variable errors: an unpartitioned variable of the name exists, unknown shape, a bad partitioner result, reuse of a missing one.
import tensorflow as tf
tf.get_variable("a", [4, 2])
cases = [
    lambda: tf.get_variable("a", [4, 2], partitioner=tf.fixed_size_partitioner(2)),
    lambda: tf.get_variable("b", partitioner=tf.fixed_size_partitioner(2), initializer=tf.zeros_initializer()),
    lambda: tf.get_variable("c", [4, 2], partitioner=lambda shape, dtype: [2]),
    lambda: tf.get_variable("d", [4, 2], partitioner=lambda shape, dtype: [2, 2]),
    lambda: tf.get_variable("e", [4, 2], partitioner=lambda shape, dtype: 2),
    lambda: tf.get_variable("f", [4, 2], partitioner=3),
]
for f in cases:
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
p = tf.get_variable("g", [4, 2], partitioner=tf.fixed_size_partitioner(2))
try:
    tf.get_variable("g", [4, 2])
except ValueError as e:
    print("ValueError:", e)
try:
    tf.get_variable("g", [4, 2], partitioner=tf.fixed_size_partitioner(2))
except ValueError as e:
    print("ValueError:", e)
with tf.variable_scope("r", reuse=True):
    try:
        tf.get_variable("h", [4, 2], partitioner=tf.fixed_size_partitioner(2))
    except ValueError as e:
        print("ValueError:", e)
print([v.name for v in tf.global_variables()])
