# The * operator on a bool tensor (tensor_math_operator_overrides._mul_dispatch_factory): both
# operands are cast to int32 (gen Cast ops, a Python operand converted inside its Cast scope),
# multiplied, and the product cast back to bool ("mul/Cast_2"); tf.multiply refuses bool.
import tensorflow as tf
b = tf.constant([True, False])
i = tf.constant([1, 0])
v = tf.Variable([True, True])
for f in [lambda: b * b, lambda: b * True, lambda: 2 * b, lambda: b * [False, True], lambda: i * b, lambda: v * b,
          lambda: b * v, lambda: tf.multiply(b, b), lambda: b * 1.5, lambda: tf.constant([1.0, 2.0]) * b]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", str(e).splitlines()[0])
    except ValueError as e:
        print("ValueError", str(e).splitlines()[0])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run([b * b, v * b, b * [False, True], True * b]))
