# matmul of int32 and float32 tensors is a TypeError naming MatMul's inputs a and b.
import tensorflow as tf
tf.matmul(tf.constant([[1]]), tf.constant([[1.0]]))
