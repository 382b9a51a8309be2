# A Python operand that cannot be converted still used up the name scope: "mul", then "mul_1".
import tensorflow as tf
a = tf.constant(1)
try:
    a * 1.5
except TypeError as e:
    print(str(e).splitlines()[0])
print((a * 2).name)
print([op.name for op in tf.get_default_graph().get_operations()])
