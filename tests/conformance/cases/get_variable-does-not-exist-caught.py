# With reuse=True a missing variable is a ValueError.
import tensorflow as tf
with tf.variable_scope("s", reuse=True):
    try:
        tf.get_variable("v", [1])
    except ValueError as e:
        print(str(e).splitlines()[0])
