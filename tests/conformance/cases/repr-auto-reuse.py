# tf.AUTO_REUSE prints as _ReuseMode.AUTO_REUSE; a scope's reuse shows it.
import tensorflow as tf
print(tf.AUTO_REUSE, repr(tf.AUTO_REUSE))
with tf.variable_scope("s", reuse=tf.AUTO_REUSE) as sc:
    print(sc.reuse, sc.reuse is tf.AUTO_REUSE)
