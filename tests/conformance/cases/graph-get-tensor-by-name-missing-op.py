# get_tensor_by_name of an op that does not exist is a KeyError.
import tensorflow as tf
tf.get_default_graph().get_tensor_by_name("nope:0")
