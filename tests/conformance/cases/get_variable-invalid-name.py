# get_variable with a space in the name fails when its op's name scope is opened.
import tensorflow as tf
tf.get_variable("bad name", [1])
