# When both name and default_name are given, name wins.
import tensorflow as tf
with tf.name_scope("n", "d") as s:
    print(s)
