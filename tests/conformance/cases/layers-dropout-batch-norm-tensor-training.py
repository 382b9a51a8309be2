# tf.layers.batch_normalization (unfused and fused) and tf.layers.dropout with a placeholder
# `training`: smart_cond builds the conds (statistics, updates in UPDATE_OPS, momentum), a constant
# `training` is folded; values for both settings and the moving mean after the updates.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3])
img = tf.placeholder(tf.float32, [None, 4, 4, 2])
t = tf.placeholder(tf.bool, None)
a = tf.layers.batch_normalization(x, momentum=0.4, training=t)
b = tf.layers.batch_normalization(img, training=t)
c = tf.layers.batch_normalization(x, training=tf.constant(False))
d = tf.layers.batch_normalization(img, training=True)
e = tf.layers.dropout(x, training=t)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
print([o.name for o in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
import numpy as np
sess = tf.Session()
sess.run(tf.global_variables_initializer())
xv = np.arange(6, dtype=np.float32).reshape(2, 3)
iv = np.arange(64, dtype=np.float32).reshape(2, 4, 4, 2) / 10
for tv in (True, False):
    out = sess.run([a, b] + [o.outputs[0] for o in tf.get_collection(tf.GraphKeys.UPDATE_OPS)[:4]], {x: xv, img: iv, t: tv})
    print([np.round(o, 4).tolist() for o in out])
print(np.round(sess.run(tf.global_variables()[2]), 4))
