import tensorflow as tf
with tf.name_scope("outer"):
    a = tf.Variable([[1.0, 2.0]], name="a")
with tf.variable_scope("vs"):
    b = tf.get_variable("b", [3], dtype=tf.int32)
d = tf.train.Saver(defer_build=True)
print(len(tf.get_default_graph().get_operations()))
with tf.name_scope("ckpt"):
    r = tf.train.Saver([b, a], reshape=True)
d.build()
d.build()
for op in tf.get_default_graph().get_operations():
    if "save" in op.name or op.name.startswith("ckpt"):
        print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs],
              [(o.dtype.name, str(o.shape)) for o in op.outputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(d.save(sess, "/tmp/saver_case_d", global_step=0))
    print(r.last_checkpoints)
