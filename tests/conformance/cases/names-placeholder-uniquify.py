# Placeholders are uniquified like any op: "Placeholder", "Placeholder_1", "x", "x_1".
import tensorflow as tf
print(tf.placeholder(tf.float32).name, tf.placeholder(tf.float32).name)
print(tf.placeholder(tf.float32, name="x").name, tf.placeholder(tf.float32, name="x").name)
