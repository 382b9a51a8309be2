# op_scope(values, name): name first in meaning, second in position.
import tensorflow as tf
x = tf.constant(1.0)
with tf.op_scope([x], "mine") as s:
    y = tf.identity(x)
print(s, y.name)
