# tf.Variable(name="a/b") names the variable "a/b" and the scope "a/b/".
import tensorflow as tf
v = tf.Variable(1.0, name="a/b")
print(v.name, [op.name for op in tf.get_default_graph().get_operations()])
