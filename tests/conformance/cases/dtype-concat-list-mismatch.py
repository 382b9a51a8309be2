# A list input whose tensors have different dtypes is reported for the whole list.
import tensorflow as tf
tf.concat([tf.constant([1]), tf.constant([1.0])], 0)
