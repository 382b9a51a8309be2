# default_name scopes inside a reuse=True scope are counted afresh each time the parent reopens.
import tensorflow as tf
for i in range(2):
    with tf.variable_scope("net", reuse=tf.AUTO_REUSE):
        with tf.variable_scope(None, default_name="dense") as sc:
            v = tf.get_variable("w", [1])
        print(sc.name, sc.original_name_scope, v.name)
print(len(tf.global_variables()))
