# tf.nn.zero_fraction / tf.math.zero_fraction: the count inside a tf.cond on the size (int32 count
# cast to int64, or an int64 count), counts_to_fraction, and the values.
import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [None, 3])
with tf.name_scope("inference"):
    z = tf.nn.zero_fraction(tf.nn.relu(x))
    z2 = tf.math.zero_fraction([0, 1, 0, 2], name="zz")
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
sess = tf.Session()
print(sess.run([z, z2], {x: [[1, -1, 0], [2, 3, -4]]}))
