# tf.stack of Python values only is folded into one Const named "stack".
import tensorflow as tf
s = tf.stack([1, 2, 3])
print(s, s.op.type)
