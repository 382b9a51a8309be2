# Operators: + add, - sub, * mul, / truediv, @ matmul, ** pow, unary - Neg.
import tensorflow as tf
a = tf.constant([[1.0]], name="a")
for t in [a + a, a - a, a * a, a / a, a @ a, a ** a, -a]:
    print(t.name, t.op.type)
