# Variance-scaling initializers name their ops after the distribution under `<var>/Initializer/`:
# glorot_uniform and he_uniform/lecun_uniform are random_uniform (min/max Consts, sub, mul, AddV2),
# variance_scaling's default and he_normal/lecun_normal/glorot_normal are truncated_normal, and
# distribution="untruncated_normal" is random_normal. Bad scale/mode/distribution/dtype raise.
import tensorflow as tf
inits = [tf.glorot_uniform_initializer(), tf.glorot_normal_initializer(seed=3), tf.variance_scaling_initializer(),
         tf.variance_scaling_initializer(2.0, "fan_out", "uniform"), tf.variance_scaling_initializer(mode="fan_avg", distribution="untruncated_normal"),
         tf.initializers.he_normal(), tf.initializers.he_uniform(), tf.initializers.lecun_normal(), tf.initializers.lecun_uniform(),
         tf.initializers.variance_scaling(scale=0.5, distribution="normal"), tf.initializers.glorot_uniform()]
vs = [tf.get_variable("v%d" % i, [3, 4, 5] if i % 2 else [6, 2], initializer=init) for i, init in enumerate(inits)]
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
consts = [op.outputs[0] for op in tf.get_default_graph().get_operations() if op.type == "Const" and "shape" not in op.name]
with tf.Session() as sess:
    print([(t.op.name, v.tolist()) for t, v in zip(consts, sess.run(consts))])
    sess.run(tf.global_variables_initializer())
    print([sess.run(v).shape for v in vs])
for f in [lambda: tf.variance_scaling_initializer(scale=0.0), lambda: tf.variance_scaling_initializer(mode="fan"),
          lambda: tf.variance_scaling_initializer(distribution="Gauss"), lambda: tf.variance_scaling_initializer(dtype=tf.int32),
          lambda: tf.initializers.orthogonal()([3])]:
    try:
        f()
    except (TypeError, ValueError) as error:
        print(error)
