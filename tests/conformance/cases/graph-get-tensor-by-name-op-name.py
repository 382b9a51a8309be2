# get_tensor_by_name with an op name (no ":0") is a ValueError.
import tensorflow as tf
tf.constant(1, name="x")
tf.get_default_graph().get_tensor_by_name("x")
