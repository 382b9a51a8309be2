# Assign's shape error quotes both full shapes.
import tensorflow as tf
v = tf.Variable(tf.zeros([2, 3]), name="v")
try:
    v.assign(tf.zeros([2, 4]))
except ValueError as e:
    print(str(e))
