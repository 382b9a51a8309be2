import tensorflow as tf
a = tf.Variable(1.0, name="a")
s = tf.train.Saver()
s.save("sess", "/tmp/saver_case_x")
