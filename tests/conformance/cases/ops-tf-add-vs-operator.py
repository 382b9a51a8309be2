# tf.add names its scope "Add"; the + operator "add": together they collide case-insensitively.
import tensorflow as tf
a = tf.constant(1, name="a")
print((a + a).name, tf.add(a, a).name, (a + a).name)
