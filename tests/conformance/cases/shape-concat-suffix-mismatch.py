# concat compares the dims after the axis separately: "Dimension 0 ... Shapes are [4] and [5]".
import tensorflow as tf
try:
    tf.concat([tf.zeros([2, 3, 4]), tf.zeros([2, 5, 5])], 1)
except ValueError as e:
    print(str(e))
