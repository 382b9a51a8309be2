# name_scope("a/b") marks only "a/b" as used: a later name_scope("a") is still "a/".
import tensorflow as tf
with tf.name_scope("a/b") as s1:
    pass
with tf.name_scope("a") as s2:
    pass
with tf.name_scope("a/b") as s3:
    pass
print(s1, s2, s3)
