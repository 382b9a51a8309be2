# default_name counters live below their parent: inside a re-opened "m" the count restarts.
import tensorflow as tf
for _ in range(2):
    with tf.variable_scope("m"):
        for _ in range(2):
            with tf.variable_scope(None, default_name="d") as sc:
                print(sc.name, sc.original_name_scope)
