# normalization_test: batch norm variables, trainability, UPDATE_OPS per call, reuse, axis/shape errors, fused and not, moving-statistics names, inference outputs.
import numpy as np
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4, 4, 3])
bn = tf.layers.BatchNormalization(axis=-1, momentum=0.9)
y = bn.apply(x, training=True)
print([v.name for v in bn.variables], [v.name for v in bn.trainable_variables], [v.name for v in bn.non_trainable_variables])
print(y, len(bn.updates), [u.name for u in bn.updates], len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
y2 = bn.apply(x, training=False)
print(y2, len(bn.updates), len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
f = tf.layers.batch_normalization(tf.placeholder(tf.float32, [None, 5]), training=True, name="bn2", fused=False)
print(f, [u.name for u in tf.get_collection(tf.GraphKeys.UPDATE_OPS)][-2:])
tr = tf.placeholder(tf.bool, [])
t = tf.layers.batch_normalization(x, training=tr, name="bn3")
print(t, [u.name for u in tf.get_collection(tf.GraphKeys.UPDATE_OPS)][-2:])
tf.layers.batch_normalization(x, training=True, name="bn3", reuse=True)
print(len([v for v in tf.global_variables() if v.name.startswith("bn3")]))
for f in [lambda: tf.layers.batch_normalization(tf.placeholder(tf.float32, [None, None]), name="bad1"),
          lambda: tf.layers.BatchNormalization(axis=5)(x),
          lambda: tf.layers.batch_normalization(tf.placeholder(tf.float32), name="bad3")]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0])
c = tf.layers.batch_normalization(x, center=False, scale=False, name="nocs", trainable=False)
print([v.name for v in tf.global_variables() if v.name.startswith("nocs")], [v.name for v in tf.trainable_variables() if v.name.startswith("nocs")])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    data = np.arange(2 * 4 * 4 * 3, dtype=np.float32).reshape([2, 4, 4, 3])
    out = sess.run(y2, {x: data})
    print(out.shape, round(float(out[0, 0, 0, 0]), 4))
    sess.run(bn.updates, {x: data})
    print(sess.run(bn.moving_mean).round(4).tolist(), sess.run(bn.moving_variance).round(4).tolist())
try:
    tf.layers.batch_normalization(tf.constant(1.0), name="scalar")
except ValueError as e:
    print("ValueError:", e)
