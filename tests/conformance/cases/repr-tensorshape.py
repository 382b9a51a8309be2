# TensorShape str/repr, as_list, ndims and Dimension values.
import tensorflow as tf
p = tf.placeholder(tf.float32, [None, 3])
print(p.shape, repr(p.shape), p.shape.as_list(), p.shape.ndims)
print(p.shape[1], repr(p.shape[1]), p.shape[0])
print(tf.TensorShape([2, None]), tf.TensorShape(None), repr(tf.TensorShape([])))
