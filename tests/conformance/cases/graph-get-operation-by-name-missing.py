# get_operation_by_name of an unknown name is a KeyError.
import tensorflow as tf
tf.get_default_graph().get_operation_by_name("nope")
