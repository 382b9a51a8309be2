# Creating an existing variable without reuse is a ValueError ("already exists, disallowed").
import tensorflow as tf
tf.get_variable("v", [1])
try:
    tf.get_variable("v", [1])
except ValueError as e:
    print(str(e).splitlines()[0])
