# A Variable initialised from another variable guards the read with IsVariableInitialized/cond ops.
import tensorflow as tf
a = tf.Variable(1.0, name="a")
b = tf.Variable(a * 2.0, name="b")
print([op.name for op in tf.get_default_graph().get_operations()])
