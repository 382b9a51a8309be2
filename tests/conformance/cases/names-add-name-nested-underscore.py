# tf.add(name="_s") inside a scope: the scope pattern allows "_", so the op is "outer/_s".
import tensorflow as tf
with tf.name_scope("outer"):
    print(tf.add(1, 2, name="_s").name)
