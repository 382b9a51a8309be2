# Two tf.Variable with the same name are uniquified: v, v_1.
import tensorflow as tf
a = tf.Variable(1.0, name="v")
b = tf.Variable(1.0, name="v")
print(a.name, b.name, b.initializer.name)
