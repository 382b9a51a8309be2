# tf_keras legacy_tf_layers normalization_test testCreateBN/testCreateFusedBNFloat16/testBNTraining update ops/testFunctionalNoReuse/testFunctionalReuse: variable names, UPDATE_OPS, moving stats after a training step.
import tensorflow as tf
bn = tf.layers.BatchNormalization(axis=-1)
inputs = tf.random_uniform((5, 4, 3), seed=1)
training = tf.placeholder(dtype="bool")
outputs = bn(inputs, training=training)
print(bn.name, [v.name for v in bn.variables], [v.name for v in bn.trainable_variables], [v.name for v in bn.non_trainable_variables])
print(len(bn.updates), sorted(u.name for u in tf.get_collection(tf.GraphKeys.UPDATE_OPS)), outputs.name, outputs.get_shape())
x = tf.constant([[1.0, 2.0], [3.0, 6.0]])
y = tf.layers.batch_normalization(x, training=True, momentum=0.5, name="bn2")
y2 = tf.layers.batch_normalization(x, training=True, name="bn2", reuse=True)
print(y.name, y2.name, sorted(v.name for v in tf.global_variables() if v.name.startswith("bn2")))
f = tf.layers.batch_normalization(tf.ones([2, 3, 3, 4]), fused=True, training=False)
print(f.name, f.op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    upd = [u for u in tf.get_collection(tf.GraphKeys.UPDATE_OPS) if u.name.startswith("bn2/")]
    print(sess.run(y).round(4).tolist())
    sess.run(upd)
    mm = [v for v in tf.global_variables() if v.name == "bn2/moving_mean:0"][0]
    mv = [v for v in tf.global_variables() if v.name == "bn2/moving_variance:0"][0]
    print(sess.run(mm).round(4).tolist(), sess.run(mv).round(4).tolist())
