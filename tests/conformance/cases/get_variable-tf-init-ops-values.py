# init_ops_test testConstantInitializer/testZerosInitializer/testOnesInitializer/testUniformUnitScaling/testVarianceScaling shapes/testOrthogonal/testIdentity/testRandomNormal dtypes: initializer ops' names and deterministic values, errors.
import tensorflow as tf
inits = [("c", tf.constant_initializer([1.0, 2.0, 3.0, 4.0]), [2, 2]), ("c2", tf.constant_initializer(5), [3]), ("z", tf.zeros_initializer(), [2]),
         ("o", tf.ones_initializer(dtype=tf.int32), [2]), ("i", tf.initializers.identity(gain=2.0), [2, 3]), ("ru", tf.random_uniform_initializer(-1, 1, seed=3), [2]),
         ("tn", tf.truncated_normal_initializer(stddev=0.1, seed=1), [2]), ("vs", tf.variance_scaling_initializer(2.0, "fan_in", "truncated_normal", seed=1), [3, 4]),
         ("gu", tf.glorot_uniform_initializer(seed=2), [3, 4]), ("orth", tf.orthogonal_initializer(seed=1), [3, 3])]
vs = []
for name, init, shape in inits:
    dtype = tf.int32 if name == "o" else tf.float32
    v = tf.get_variable(name, shape, dtype=dtype, initializer=init)
    vs.append(v)
    print(v.name, v.initial_value.op.name, v.initial_value.op.type, v.get_shape())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    vals = sess.run(vs)
    for (name, _, _), val in zip(inits, vals):
        if name in ("c", "c2", "z", "o", "i"):
            print(name, val.tolist())
        else:
            print(name, val.shape, val.dtype)
    print(abs(float((vals[-1] @ vals[-1].T)[0][0]) - 1.0) < 1e-4)
for bad in (lambda: tf.get_variable("bad1", [3], initializer=tf.constant_initializer([1.0, 2.0])), lambda: tf.get_variable("bad2", [2], initializer=tf.initializers.identity()),
            lambda: tf.variance_scaling_initializer(-1.0), lambda: tf.variance_scaling_initializer(mode="nope"), lambda: tf.variance_scaling_initializer(distribution="nope"),
            lambda: tf.get_variable("bad3", [2], dtype=tf.string, initializer=tf.zeros_initializer())):
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:200])
