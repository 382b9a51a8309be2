import tensorflow as tf
print(tf.train.Saver(allow_empty=True).save(None, "x") if False else "built")
tf.train.Saver()
