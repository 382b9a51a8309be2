import numpy as np
import tensorflow as tf
a = tf.get_variable("a", [6, 3], initializer=tf.uniform_unit_scaling_initializer(factor=1.15))
b = tf.get_variable("b", [3, 3, 4, 2], initializer=tf.initializers.uniform_unit_scaling(seed=3))
c = tf.get_variable("c", [5], initializer=tf.uniform_unit_scaling_initializer(dtype=tf.float64), dtype=tf.float64)
init = tf.uniform_unit_scaling_initializer(0.5)
t = init([4, 2])
print(t.name, t.dtype, t.shape)
g = tf.get_default_graph()
for name in ["a/Initializer/random_uniform/min", "a/Initializer/random_uniform/max",
             "b/Initializer/random_uniform/max", "c/Initializer/random_uniform/max", "random_uniform/max"]:
    print(name, g.get_operation_by_name(name).type)
with tf.Session() as sess:
    print([np.round(sess.run(n + ":0"), 6) for n in ["a/Initializer/random_uniform/min", "a/Initializer/random_uniform/max",
          "b/Initializer/random_uniform/max", "c/Initializer/random_uniform/max", "random_uniform/max"]])
    sess.run(tf.global_variables_initializer())
    va, vb, vc = sess.run([a, b, c])
    print(bool(np.all(np.abs(va) <= 1.15 * np.sqrt(3 / 6.0))), bool(np.all(np.abs(vb) <= np.sqrt(3 / 36.0))), vc.dtype)
for op in g.get_operations():
    print(op.name, op.type)
