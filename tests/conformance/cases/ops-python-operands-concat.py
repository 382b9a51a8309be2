# tf.concat of Python lists: "concat/values_0", "concat/values_1", "concat/axis".
import tensorflow as tf
c = tf.concat([[1, 2], [3]], 0)
print(c, [t.name for t in c.op.inputs])
