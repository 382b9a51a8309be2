# The cookbook idioms: `from tensorflow.python.framework import ops; ops.reset_default_graph()`,
# numpy matrices and column_stack into tf.constant, np.nan_to_num.
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops

a = tf.constant(1.0, name="before_reset")
ops.reset_default_graph()
print(len(ops.get_default_graph().get_operations()), ops.get_default_graph() is tf.get_default_graph())
x_vals = np.linspace(0, 3, 4)
x_col = np.transpose(np.matrix(x_vals))
ones = np.transpose(np.matrix(np.repeat(1, 4)))
A = np.column_stack((x_col, ones))
b = np.transpose(np.matrix(x_vals * 2 + 1))
print(type(A).__name__, A.shape, type(b).__name__, b.shape)
A_tensor = tf.constant(A)
prod = tf.matmul(tf.transpose(A_tensor), b)
print(A_tensor, prod)
print(np.nan_to_num(np.array([1.0, np.nan, np.inf]))[:2])
with tf.Session() as sess:
    print(sess.run(prod))
with ops.name_scope("scoped"):
    c = ops.convert_to_tensor([1, 2])
    ops.add_to_collection("mine", c)
print(c.name, ops.get_collection("mine") == [c], ops.GraphKeys.TRAINABLE_VARIABLES)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
