# Reflected operators convert the Python operand inside the op scope as "x".
import tensorflow as tf
a = tf.constant(2.0, name="a")
for t in [1.0 + a, 1.0 - a, 2.0 * a, 1.0 / a, 2.0 ** a]:
    print(t.name, [i.name for i in t.op.inputs])
