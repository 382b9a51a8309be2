# a + 1.0 converts 1.0 as "add/y"; a * 2.0 as "mul/y".
import tensorflow as tf
a = tf.constant(2.0, name="a")
s = a + 1.0
m = a * 2.0
print([i.name for i in s.op.inputs], [i.name for i in m.op.inputs])
