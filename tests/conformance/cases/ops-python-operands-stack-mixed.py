# tf.stack of a tensor and a Python list packs them; the list becomes "stack/values_1".
import tensorflow as tf
x = tf.constant([1, 2], name="c")
s = tf.stack([x, [3, 4]])
print(s, [t.name for t in s.op.inputs])
