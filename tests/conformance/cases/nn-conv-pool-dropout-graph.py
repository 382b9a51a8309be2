# tf.nn.conv2d, max_pool, avg_pool, dropout (keep_prob tensor, rate, noise_shape) and conv2d_transpose: op names, inputs, static shapes; their errors.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 28, 28, 3])
w = tf.ones([5, 5, 3, 4])
c = tf.nn.conv2d(x, w, strides=[1, 2, 2, 1], padding='SAME')
print(c)
c2 = tf.nn.conv2d(x, w, strides=1, padding='VALID', name="cv")
print(c2)
p = tf.nn.max_pool(c, ksize=[1,2,2,1], strides=[1,2,2,1], padding='SAME')
print(p)
a = tf.nn.avg_pool(c, ksize=3, strides=2, padding='VALID')
print(a)
kp = tf.placeholder(tf.float32)
d = tf.nn.dropout(a, kp)
print(d)
d2 = tf.nn.dropout(a, rate=0.3)
d3 = tf.nn.dropout(a, keep_prob=0.5, noise_shape=[1, 1, 1, 4])
print(d2, d3)
t = tf.nn.conv2d_transpose(c, tf.ones([3,3,8,4]), output_shape=[2, 28, 28, 8], strides=[1,2,2,1])
print(t)
t2 = tf.nn.conv2d_transpose(c, tf.ones([3,3,8,4]), output_shape=tf.stack([tf.shape(c)[0], 28, 28, 8]), strides=[1,2,2,1])
print(t2)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], op.outputs[0].shape if op.outputs else '')
for f in [lambda: tf.nn.conv2d(x, tf.ones([5,5,2,4]), 1, 'SAME'),
          lambda: tf.nn.conv2d(x, w, 1, 'same'),
          lambda: tf.nn.conv2d(x, w, [1,2,1], 'SAME'),
          lambda: tf.nn.conv2d(tf.ones([2,3,3]), w, 1, 'SAME'),
          lambda: tf.nn.conv2d(tf.ones([1,3,3,3]), w, 1, 'VALID'),
          lambda: tf.nn.max_pool(x, 2, 2, 'FOO'),
          lambda: tf.nn.dropout(x, rate=1.0),
          lambda: tf.nn.dropout(tf.ones([2], tf.int32), rate=0.5),
          lambda: tf.nn.dropout(x),
          ]:
    try:
        f()
    except Exception as e:
        print(e)
