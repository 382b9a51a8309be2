# tf.Variable(trainable=False) is global but not trainable.
import tensorflow as tf
a = tf.Variable(1.0, name="a", trainable=False)
print(len(tf.global_variables()), len(tf.trainable_variables()), a.trainable)
