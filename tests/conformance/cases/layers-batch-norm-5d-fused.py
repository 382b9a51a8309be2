# tf.layers.batch_normalization (V1) fuses a 5-D input normalised on axis 1 (NCDHW) or 4 / -1
# (NDHWC); fused=False, or a 3-D input, takes the unfused path.
import numpy as np
import tensorflow as tf
training = tf.placeholder(tf.bool, [], name="training")
x = tf.placeholder(tf.float32, [None, 3, 2, 2, 4], name="x")
outs = [tf.layers.batch_normalization(x, axis=-1, training=training, name="last"),
        tf.layers.batch_normalization(x, axis=1, training=True, name="first"),
        tf.layers.batch_normalization(x, axis=4, training=False, name="four"),
        tf.layers.batch_normalization(x, axis=-1, fused=False, training=True, name="unfused"),
        tf.layers.batch_normalization(tf.zeros([2, 3, 4]), axis=-1, training=True, name="rank3")]
for o in outs:
    print(o.name, o.op.type, o.shape)
print([op.name for op in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    vals = sess.run(outs[:4], {x: np.linspace(0.0, 2.0, 2 * 3 * 2 * 2 * 4).reshape(2, 3, 2, 2, 4), training: True})
    print([np.round(v.ravel()[:3], 3).tolist() for v in vals])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
