# op_scope(values, name, default_name): with name None the default_name is used and uniquified.
import tensorflow as tf
x = tf.constant(1.0)
with tf.op_scope([x], None, "dflt") as s1:
    pass
with tf.op_scope([x], None, "dflt") as s2:
    pass
print(s1, s2)
