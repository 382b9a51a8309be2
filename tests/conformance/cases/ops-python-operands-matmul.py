# tf.matmul of Python lists converts them to "MatMul/a" and "MatMul/b".
import tensorflow as tf
m = tf.matmul([[1.0, 2.0]], [[3.0], [4.0]])
print(m, [t.name for t in m.op.inputs])
