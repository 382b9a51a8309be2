# name= names the op; uniquified like any other name.
import tensorflow as tf
x = tf.constant([1.0], name="x")
print(tf.add(x, x, name="s").name, tf.multiply(x, x, name="s").name, tf.reshape(x, [1], name="s").name)
print(tf.reduce_sum(x, name="total").name, tf.concat([x, x], 0, name="cat").name)
print(tf.nn.relu(x, name="act").name, tf.placeholder(tf.float32, name="in").name)
