# An op that fails its shape check still consumed its name: the next tf.add is "Add_1".
import tensorflow as tf
a = tf.constant([1, 2])
b = tf.constant([1, 2, 3])
try:
    tf.add(a, b)
except ValueError as e:
    print("failed")
print(tf.add(a, a).name)
print([op.name for op in tf.get_default_graph().get_operations()])
