# tf.reshape with a list shape converts it to "Reshape/shape".
import tensorflow as tf
r = tf.reshape([1, 2, 3, 4], [2, 2])
print(r, [t.name for t in r.op.inputs])
