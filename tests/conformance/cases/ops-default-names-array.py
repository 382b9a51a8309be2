# Default op names of array functions: Reshape, concat, stack, Cast, Fill, Placeholder.
import tensorflow as tf
x = tf.constant([1.0, 2.0], name="x")
for t in [tf.reshape(x, [2, 1]), tf.concat([x, x], 0), tf.stack([x, x]), tf.cast(x, tf.int32),
          tf.fill([2], 3.0), tf.placeholder(tf.float32)]:
    print(t.name, t.op.type)
