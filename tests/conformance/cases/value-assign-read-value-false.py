import tensorflow as tf

# Rule: with read_value=False an assign returns the Operation, not a tensor;
# running an op gives None.

v = tf.Variable(1.0, name="v")
op = v.assign(4.0, read_value=False)
add_op = v.assign_add(0.5, read_value=False)
print(isinstance(op, tf.Operation), isinstance(op, tf.Tensor), op.name, op.type)
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(op))
    print(sess.run(add_op), sess.run(v))
