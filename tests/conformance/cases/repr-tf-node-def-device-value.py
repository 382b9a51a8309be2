# NodeDef text has the device between the inputs and the attrs; get_attr("value") of a Const is its TensorProto.
import tensorflow as tf
with tf.device("/gpu:1"):
    a = tf.constant([1.0, 2.0], name="a")
    b = tf.identity(a, name="b")
print(b.op.node_def)
print(repr(b.op.node_def.device), repr(tf.constant(1).op.node_def.device))
print(a.op.get_attr("value"))
print(tf.constant(3, name="c").op.get_attr("value"))
print(tf.constant(["x", "y"]).op.get_attr("value"))
