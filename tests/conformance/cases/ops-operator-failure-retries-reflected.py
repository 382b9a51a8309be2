# A Python binary operator that fails (TypeError/ValueError) retries y.__r<op>__(x) inside its own
# scope when y is a tensor or variable (override_binary_operator.binary_op_wrapper): the retry's
# ops stay ("truediv/truediv/Cast") and the first error is raised. tf.truediv has no retry.
import tensorflow as tf
a = tf.placeholder(tf.int32, [None, 2])
b = tf.constant([[2, -3, 5], [1, -1, -3]])
f32 = tf.constant([1.0, 2.0])
f64 = tf.constant([1.0, 2.0], tf.float64)
i32 = tf.constant([1, 2])
v = tf.Variable([[1.0, 2.0, 3.0]])
m = tf.constant([[1.0], [2.0]])
for f in [lambda: a / b, lambda: tf.divide(a, b), lambda: tf.truediv(a, b), lambda: a + b, lambda: a - b, lambda: a * b,
          lambda: a // b, lambda: a % b, lambda: a ** b, lambda: f32 + f64, lambda: f32 / i32, lambda: i32 ** f32,
          lambda: v @ m, lambda: m @ v, lambda: v + m, lambda: f32 * v, lambda: v - f64, lambda: f32 + [1, 2, 3],
          lambda: f32 + 2 ** 40, lambda: v / i32, lambda: tf.add(a, b), lambda: tf.multiply(f32, f64)]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError", str(e).splitlines()[0])
    except TypeError as e:
        print("TypeError", str(e).splitlines()[0])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
