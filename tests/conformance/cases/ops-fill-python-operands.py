# tf.fill converts dims and value inside its scope: Fill/dims, Fill/value.
import tensorflow as tf
f = tf.fill([2, 2], 7)
print(f, [t.name for t in f.op.inputs])
