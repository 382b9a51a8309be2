# get_tensor_by_name with an output index the op does not have is a KeyError.
import tensorflow as tf
tf.constant(1, name="x")
tf.get_default_graph().get_tensor_by_name("x:1")
