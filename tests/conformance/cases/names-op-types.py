# Op types as TF records them: Const, AddV2, Mul, MatMul, Placeholder, VariableV2, Assign, Identity.
import tensorflow as tf
a = tf.constant([[1.0]])
p = tf.placeholder(tf.float32, [1, 1])
v = tf.Variable(a)
for t in [a, tf.add(a, p), a * p, tf.matmul(a, p), p, tf.identity(a)]:
    print(t.op.name, t.op.type)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations() if op.name.startswith("Variable")])
