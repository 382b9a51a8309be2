# The dtype check converts the initializer first, leaving a stray "Const" in the graph.
import tensorflow as tf
try:
    tf.get_variable("v", dtype=tf.int32, initializer=1.5)
except ValueError as e:
    print(str(e).splitlines()[0])
print([op.name for op in tf.get_default_graph().get_operations()])
