# A list input (ConcatV2 values) takes its dtype from the first real Tensor in it; a variable is
# not one, so [float64 variable, Python floats] converts the floats to float32 and the types differ
# (no stray Const: the converted tensors are what TF reports).
import tensorflow as tf
v = tf.Variable(1.0); g = tf.get_variable("g", [2], dtype=tf.float64)
for vals in ([g, [1.0, 2.0]], [[1.0, 2.0], g], [tf.constant([1.0], tf.float64), [2.0]], [g, tf.constant([1.0], tf.float64), [3.0]]):
    try:
        print(tf.concat(vals, 0))
    except TypeError as e:
        print(e)
    try:
        print(tf.stack(vals[-2:]))
    except (TypeError, ValueError) as e:
        print(str(e).splitlines()[0])
print([op.name for op in tf.get_default_graph().get_operations()])
