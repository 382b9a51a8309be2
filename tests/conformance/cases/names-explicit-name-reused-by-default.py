# A constant explicitly named "Add" takes the name tf.add would use, so tf.add gets "Add_1".
import tensorflow as tf
a = tf.constant(1, name="Add")
b = tf.add(a, a)
print(a.name, b.name)
