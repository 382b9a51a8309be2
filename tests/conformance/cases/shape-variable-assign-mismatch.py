# Assigning a value of another shape to a variable fails in the Assign shape function.
import tensorflow as tf
v = tf.Variable([1.0, 2.0], name="v")
v.assign([1.0, 2.0, 3.0])
