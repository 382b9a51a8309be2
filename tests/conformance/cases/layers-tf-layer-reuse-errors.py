# base_layer (legacy tf_layers) base_test testReuseWithNames/testVariableScopeReuse/testKerasStyleAddWeight, core_test testDropoutProperties.
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3])
with tf.variable_scope("net"):
    y1 = tf.layers.dense(x, 2, name="fc", use_bias=False)
with tf.variable_scope("net", reuse=True):
    y2 = tf.layers.dense(x, 2, name="fc", use_bias=False)
print(y1.name, y2.name, [v.name for v in tf.trainable_variables()])
try:
    with tf.variable_scope("net"):
        tf.layers.dense(x, 2, name="fc", use_bias=False)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
try:
    with tf.variable_scope("net", reuse=True):
        tf.layers.dense(x, 3, name="fc", use_bias=False)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
d = tf.layers.Dropout(0.3, name="drop")
print(d.rate, d.name, d.trainable)
z = d(x, training=False)
print(z.name)
c = tf.layers.Conv2D(4, 3, name="conv")
print(c.name, c.built)
out = c(tf.ones([1, 5, 5, 2]))
print(c.built, out.name, [w.name for w in c.weights], c.kernel.shape)
