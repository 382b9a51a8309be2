# With axis=1 stack does not autopack: the list operand is converted as "stack/values_1".
import tensorflow as tf
x = tf.constant([1, 2], name="x")
s = tf.stack([x, [3, 4]], axis=1)
print(s, [t.name for t in s.op.inputs])
