# tf.layers.conv2d, max/average_pooling2d, conv2d_transpose, flatten, dense, dropout and reuse in a variable scope: every op, variable and input as TF names them.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 8, 8, 3])
c = tf.layers.conv2d(x, 4, 3, activation=tf.nn.relu)
c2 = tf.layers.conv2d(c, 4, [3, 3], strides=2, padding='same', name='c2')
p = tf.layers.max_pooling2d(c2, 2, 2)
a = tf.layers.average_pooling2d(c2, 2, 2, padding='same')
t = tf.layers.conv2d_transpose(a, 2, 3, strides=2, padding='same')
f = tf.layers.flatten(p)
d = tf.layers.dense(f, 5, activation=tf.nn.relu)
d1 = tf.layers.dense(d, 3, use_bias=False)
dr = tf.layers.dropout(d, 0.3, training=True)
dr2 = tf.layers.dropout(d, 0.3)
with tf.variable_scope("s"):
    e = tf.layers.dense(d, 3, name="dd")
with tf.variable_scope("s", reuse=True):
    e2 = tf.layers.dense(d, 3, name="dd")
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], op.outputs[0].shape if op.outputs else '')
for v in tf.global_variables():
    print(v.name, v.shape)
print(tf.trainable_variables() == tf.global_variables())
