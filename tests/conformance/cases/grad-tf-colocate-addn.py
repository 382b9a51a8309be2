import tensorflow as tf
x = tf.constant([1.0, 2.0], name="x")
with tf.device("/cpu:0"):
    y = x * 3.0
z = y + x * x
g = tf.gradients(z, x)[0]
print(g.name, g.op.colocation_groups(), repr(g.op.device), g.op.node_def.attr.get("_class"))
with tf.device("/gpu:1"):
    g2 = tf.gradients(z, x)[0]
print(g2.name, g2.op.colocation_groups(), repr(g2.op.device), [ (o.name, o.device) for o in tf.get_default_graph().get_operations() if o.name.startswith("gradients_1/")])
g3 = tf.gradients(z, x, colocate_gradients_with_ops=True)[0]
print([(o.name, o.device, o.colocation_groups()) for o in tf.get_default_graph().get_operations() if o.name.startswith("gradients_2/")])
