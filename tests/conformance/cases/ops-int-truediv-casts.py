# Dividing int32 tensors with / casts both to float64 first: ops truediv/Cast, truediv/Cast_1.
import tensorflow as tf
a = tf.constant(1, name="a")
d = a / a
print(d, [op.name for op in tf.get_default_graph().get_operations()])
