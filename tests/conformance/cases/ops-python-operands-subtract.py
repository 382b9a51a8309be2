# tf.subtract(1.0, x): the Python operand becomes "Sub/x" inside the op's scope.
import tensorflow as tf
x = tf.constant(2.0, name="c")
s = tf.subtract(1.0, x)
print(s.name, [t.name for t in s.op.inputs])
