# Unnamed constants are named after their op type and uniquified: Const, Const_1, Const_2.
import tensorflow as tf
print([tf.constant(i).name for i in range(3)])
