import tensorflow as tf
a = tf.Variable(1.0, name="a")
with tf.variable_scope("s"):
    b = tf.get_variable("b", [2, 3])
    c = tf.get_variable("c", [], dtype=tf.int64)
s = tf.train.Saver()
s2 = tf.train.Saver({"x": a, "model/b": b}, sharded=True)
s3 = tf.train.Saver([c, a], name="my_saver")
for op in tf.get_default_graph().get_operations():
    if "save" in op.name:
        print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs],
              [(o.dtype.name, str(o.shape)) for o in op.outputs])
