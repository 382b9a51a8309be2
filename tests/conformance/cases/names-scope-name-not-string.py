# A non-string name for get_variable fails in the name-scope regex match.
import tensorflow as tf
tf.get_variable(5, [1])
