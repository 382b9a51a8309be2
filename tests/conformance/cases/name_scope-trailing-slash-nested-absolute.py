# A name ending in "/" is absolute: inside "outer" the scope "x/" is "x/", not "outer/x/".
import tensorflow as tf
with tf.name_scope("outer"):
    with tf.name_scope("x/") as s:
        print(s, tf.constant(1).name)
