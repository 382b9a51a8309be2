# v.assign(x) builds an "Assign_1" op (the first Assign belongs to the variable).
import tensorflow as tf
v = tf.Variable(1.0, name="v")
a = v.assign(2.0)
b = v.assign_add(1.0)
print(a.name, b.name)
