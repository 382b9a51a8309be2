# Python operators on a variable use its read tensor: v + 1 -> add, 1 + v -> add_1 (reflected).
import tensorflow as tf
v = tf.Variable(1.0, name="v")
x = v + 1.0
y = 1.0 + v
z = -v
print(x.name, y.name, z.name)
print([t.name for t in x.op.inputs], [t.name for t in y.op.inputs])
