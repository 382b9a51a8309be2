# A placeholder's shape may have unknown dimensions.
import tensorflow as tf
p = tf.placeholder(tf.float32, [None, 3], name="p")
q = tf.placeholder(tf.int32, name="q")
print(p, q, p.shape, q.shape)
