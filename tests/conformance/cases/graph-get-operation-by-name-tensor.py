# get_operation_by_name with a tensor name ("x:0") is a ValueError.
import tensorflow as tf
tf.constant(1, name="x")
tf.get_default_graph().get_operation_by_name("x:0")
