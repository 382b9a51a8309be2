# init_ops_test: initializer argument errors and small values (constant with too many/few values, verify_shape, orthogonal rank, variance scaling arguments, dtypes).
import numpy as np
import tensorflow as tf
cases = [
    lambda: tf.get_variable("c1", [2, 2], initializer=tf.constant_initializer([1, 2, 3, 4, 5])),
    lambda: tf.get_variable("o1", [3], initializer=tf.orthogonal_initializer()),
    lambda: tf.variance_scaling_initializer(scale=-1.0),
    lambda: tf.variance_scaling_initializer(mode="fan_middle"),
    lambda: tf.variance_scaling_initializer(distribution="cauchy"),
    lambda: tf.random_normal_initializer(dtype=tf.int32),
    lambda: tf.truncated_normal_initializer(dtype=tf.string),
    lambda: tf.get_variable("z1", [2], dtype=tf.complex64),
    lambda: tf.glorot_uniform_initializer(dtype=tf.int32)([2, 2]),
    lambda: tf.get_variable("e1", [4], initializer=tf.constant_initializer(2.5), dtype=tf.int64),
]
for f in cases:
    try:
        r = f()
        print("ok", r)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
a = tf.get_variable("a", [2, 3], initializer=tf.constant_initializer([1, 2, 3]))
b = tf.get_variable("b", [2, 2], initializer=tf.constant_initializer(np.array([[1, 2], [3, 4]])))
c = tf.get_variable("c", [3], dtype=tf.int32, initializer=tf.ones_initializer())
d = tf.get_variable("d", [2, 2], initializer=tf.zeros_initializer(), dtype=tf.float64)
e = tf.get_variable("e", [4], initializer=tf.constant_initializer(2), dtype=tf.int64)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([a, b, c, d, e]))
print([op.name for op in tf.get_default_graph().get_operations() if "Initializer" in op.name])
