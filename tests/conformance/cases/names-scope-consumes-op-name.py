# A name scope "foo" takes the name "foo": a later op asking for "foo" becomes "foo_1".
import tensorflow as tf
with tf.name_scope("foo"):
    pass
print(tf.constant(1, name="foo").name)
