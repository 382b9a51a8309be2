import tensorflow as tf
with tf.variable_scope("model"):
    a = tf.get_variable("a", [2])
print(a.name)
tf.train.Saver([a, a])
