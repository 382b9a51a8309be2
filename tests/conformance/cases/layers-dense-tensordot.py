# tf.layers.dense on rank-3 inputs: Dense.call's tensordot (static reshape when the shape is known, else Shape/GatherV2/Prod/concat/transpose), its static shape and values.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 5, 4])
y = tf.layers.dense(x, 3)
z = tf.layers.dense(tf.placeholder(tf.float32, [2, 5, 4]), 3)
w = tf.layers.dense(tf.placeholder(tf.float32, [None, None, 4]), 3)
print(y, z, w)
for op in tf.get_default_graph().get_operations():
    if "Initializer" not in op.name and "Assign" not in op.name and not op.name.endswith("/read"):
        print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
v = tf.reshape(tf.cast(tf.range(2 * 3 * 4), tf.float32) / 10.0, [2, 3, 4])
p = tf.placeholder(tf.float32, [None, None, 4])
a = tf.layers.dense(v, 2, kernel_initializer=tf.constant_initializer(0.5), bias_initializer=tf.ones_initializer())
b = tf.layers.dense(p, 2, kernel_initializer=tf.constant_initializer(0.25))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(a))
    print(sess.run(b, {p: [[[1., 2., 3., 4.]], [[0., 1., 0., 1.]]]}))
