# AUTO_REUSE is inherited: nested scopes create on first use and reuse afterwards.
import tensorflow as tf
for _ in range(2):
    with tf.variable_scope("m", reuse=tf.AUTO_REUSE):
        with tf.variable_scope("n") as sc:
            v = tf.get_variable("v", [1])
    print(sc.reuse, v.name, len(tf.global_variables()))
