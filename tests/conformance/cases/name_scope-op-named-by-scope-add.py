# tf.add(..., name=scope) re-enters the scope and names the op after it; operands go below.
import tensorflow as tf
with tf.name_scope("sum") as scope:
    s = tf.add(1, 2, name=scope)
print([op.name for op in tf.get_default_graph().get_operations()])
