import tensorflow as tf

# Rule: assign ops take a name and live in the current name scope; a Python
# value is converted inside the op's scope (`update/value`).

v = tf.Variable([1.0, 2.0], name="v")
with tf.name_scope("train"):
    up = v.assign([3.0, 4.0], name="update")
    step = v.assign_add(tf.ones([2]))
print(up.name, step.name, up.op.inputs[1].name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(up))
    print(sess.run(step))
