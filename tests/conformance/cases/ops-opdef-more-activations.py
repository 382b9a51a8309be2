# tf.stop_gradient, tf.nn.softsign / tf.math.softsign and tf.nn.leaky_relu (integer features cast to float32
# inside its scope): float attrs are stored as 32-bit floats (get_attr('alpha') is 0.20000000298023224,
# and a float64 LeakyRelu multiplies by that value).
import tensorflow as tf
x = tf.constant([-3.0, -1.0, 0.0, 2.5])
i = tf.constant([-3, 1])
print(tf.stop_gradient(x), tf.stop_gradient([1, 2], name="sg"), tf.nn.softsign(x), tf.math.softsign(x))
print(tf.nn.leaky_relu(x), tf.nn.leaky_relu(i, alpha=0.1, name="lr"), tf.nn.leaky_relu(x).op.get_attr("alpha"))
for bad in (lambda: tf.nn.softsign(i), lambda: tf.nn.leaky_relu(x, alpha="a"), lambda: tf.nn.leaky_relu(tf.constant([True]))):
    try:
        print(bad())
    except TypeError as err:
        print("TypeError", err)
with tf.Session() as sess:
    print(sess.run([tf.stop_gradient(x), tf.nn.softsign(x), tf.nn.leaky_relu(x), tf.nn.leaky_relu(i, alpha=0.1)]))
    print(sess.run(tf.nn.leaky_relu(tf.constant([-1.5, 2.0], tf.float64), alpha=0.3)))
print([op.name for op in tf.get_default_graph().get_operations()])
