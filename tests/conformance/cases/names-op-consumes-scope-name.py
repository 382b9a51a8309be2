# An op named "foo" takes the name: name_scope("foo") then opens "foo_1/".
import tensorflow as tf
tf.constant(1, name="foo")
with tf.name_scope("foo") as s:
    print(s, tf.constant(2).name)
