# tf.Dimension str and repr.
import tensorflow as tf
print(tf.Dimension(3), repr(tf.Dimension(3)), tf.Dimension(None), repr(tf.Dimension(None)))
