# array_ops_stack.stack, after the list conversion fails (or axis != 0): value_shape =
# convert_to_tensor(values[0], name=name) makes a Python first value a Const named like the op
# (uniquified), checks the axis range, and only then builds the Pack.
import tensorflow as tf
i = tf.constant([1, 2])
v = tf.Variable([1.0, 2.0])
for vals in ([[1.0, 2.0], i], [i, [1.0, 2.0]], [[1, 2], v], [1.0, 2]):
    try:
        print(tf.stack(vals).name)
    except (ValueError, TypeError) as e:
        print(str(e).splitlines()[0])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
for vals, ax in (([1.0, 2.0], 1), ([[1.0], [2.0]], 1), ([i, i], 2), ([i, i], -3), ([[1, 2], i], 1), ([v, v], -2)):
    try:
        print(tf.stack(vals, axis=ax).name)
    except (ValueError, TypeError) as e:
        print(str(e).splitlines()[0])
print([op.name for op in tf.get_default_graph().get_operations()][-8:])
x2 = [1.0, 2.0]
try:
    print(tf.stack([x2, x2], name='s/').name)
except ValueError as e:
    print(str(e).splitlines()[0])
try:
    print(tf.stack([x2, tf.constant(x2)], name='s/').name)
except ValueError as e:
    print(str(e).splitlines()[0])
print(tf.stack([x2, x2], name='t').name)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
