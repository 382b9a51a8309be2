import tensorflow as tf
a = tf.Variable(1.0, name="a")
tf.train.Saver([a], defer_build=True)
