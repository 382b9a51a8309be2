import tensorflow as tf

# Rule: tf.cast of a tensor that already has the target dtype returns it unchanged
# without opening a "Cast" name scope, so no name is consumed. A variable (not a
# Tensor) still opens the scope before converting, and a Python value is
# converted inside it as "Cast_1/x" with no Cast op.

x = tf.constant(1.0)
y = tf.cast(x, tf.float32)
v = tf.Variable(1.0)
z = tf.cast(v, tf.float32)
w = tf.cast(1.0, tf.float32)
c = tf.cast(x, tf.int32)
print(y.name, z.name, w.name, c.name)
print([op.name for op in tf.get_default_graph().get_operations()])
