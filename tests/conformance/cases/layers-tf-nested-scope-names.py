# layers core_test DenseTest testDenseWithNestedScopes/testReuse, convolutional_test testConv2DReuse: dense_1 names in nested scopes.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3])
with tf.variable_scope("model"):
    a = tf.layers.dense(x, 4)
    b = tf.layers.dense(x, 4)
    with tf.variable_scope("head"):
        c = tf.layers.dense(a, 2, name="logits")
    with tf.name_scope("ns"):
        d = tf.layers.dense(b, 2)
with tf.variable_scope("model", reuse=True):
    e = tf.layers.dense(x, 4, name="dense")
with tf.variable_scope("model", reuse=tf.AUTO_REUSE):
    f = tf.layers.dense(x, 4, name="dense_1")
    g = tf.layers.dense(x, 5, name="fresh")
print([t.name for t in [a, b, c, d, e, f, g]])
print(sorted(v.name for v in tf.global_variables()))
layer = tf.layers.Dense(3, name="shared")
h1 = layer(x)
h2 = layer(x)
print(h1.name, h2.name, [w.name for w in layer.weights])
try:
    with tf.variable_scope("model", reuse=True):
        tf.layers.dense(x, 4, name="missing")
except ValueError as err:
    print("ValueError:", str(err).splitlines()[0])
