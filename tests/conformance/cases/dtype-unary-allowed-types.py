# Unary ops check their input's dtype against the OpDef's allowed list after converting it in the
# op's scope (a Python value leaves its Const, the scope name is used up): Sigmoid/Tanh/Exp/Log/Sqrt
# take floats and complex only, Square/Neg/Abs/Relu no bool or string, Softmax floats only.
import tensorflow as tf
i = tf.constant([1, 2])
b = tf.constant([True])
s = tf.constant(["a"])
for name, f in [("sigmoid", tf.sigmoid), ("nn.sigmoid", tf.nn.sigmoid), ("tanh", tf.tanh), ("exp", tf.exp), ("log", tf.log),
                ("sqrt", tf.sqrt), ("square", tf.square), ("negative", tf.negative), ("abs", tf.abs),
                ("relu", tf.nn.relu), ("softmax", tf.nn.softmax)]:
    for x in (i, b, s, [1, 2]):
        try:
            print(name, f(x))
        except TypeError as e:
            print(name, "TypeError", str(e).splitlines()[0])
        except ValueError as e:
            print(name, "ValueError", str(e).splitlines()[0])
print([op.name for op in tf.get_default_graph().get_operations()])
