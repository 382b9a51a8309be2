# tf.stack of a variable and a number autopacks: the number becomes "stack/1".
import tensorflow as tf
v = tf.Variable(1.0, name="v")
s = tf.stack([v, 2.0])
print(s, [t.name for t in s.op.inputs])
