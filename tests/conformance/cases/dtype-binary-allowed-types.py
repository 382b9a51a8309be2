# Binary ops, MatMul and reductions check the first input's dtype against their OpDef's allowed
# list (bool and string refused, Pow without uint8, MatMul without int8); truediv refuses a dtype
# missing from _TRUEDIV_TABLE; strings are added by the Add op, which accepts them.
import tensorflow as tf
b = tf.constant([True, False])
s = tf.constant(["a", "b"])
i8 = tf.constant([1, 2], tf.int8)
u8 = tf.constant([1, 2], tf.uint8)
for name, f in [("add", tf.add), ("+", lambda x, y: x + y), ("subtract", tf.subtract), ("multiply", tf.multiply),
                ("divide", tf.divide), ("maximum", tf.maximum), ("minimum", tf.minimum), ("pow", tf.pow),
                ("matmul", lambda x, y: tf.matmul(tf.reshape(x, [1, 2]), tf.reshape(y, [2, 1]))), ("//", lambda x, y: x // y),
                ("%", lambda x, y: x % y), ("less", tf.less), ("reduce_sum", lambda x, y: tf.reduce_sum(x)),
                ("reduce_mean", lambda x, y: tf.reduce_mean(x)), ("cast", lambda x, y: tf.cast(x, tf.float32))]:
    for x in (b, s, i8, u8):
        try:
            print(name, f(x, x))
        except TypeError as e:
            print(name, "TypeError", str(e).splitlines()[0])
        except ValueError as e:
            print(name, "ValueError", str(e).splitlines()[0])
print([op.name for op in tf.get_default_graph().get_operations()])
