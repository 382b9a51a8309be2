# Without initializer, get_variable needs a shape.
import tensorflow as tf
tf.get_variable("v")
