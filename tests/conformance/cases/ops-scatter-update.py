# tf.scatter_update / scatter_add / scatter_sub on a variable: names, shapes, values, the shape
# check of updates, the run-time bounds check, and no gradient through ScatterUpdate.
import numpy as np
import tensorflow as tf

v = tf.Variable(np.arange(12, dtype=np.float32).reshape(4, 3), name="v")
up = tf.scatter_update(v, [1, 3], [[10.0, 11.0, 12.0], [30.0, 31.0, 32.0]])
add = tf.scatter_add(v, [0], [[1.0, 1.0, 1.0]], name="bump")
sub = tf.scatter_sub(v, tf.constant([2]), tf.ones([1, 3]))
fill = tf.scatter_update(v, [0, 2], 7.0)
print(up, add, sub, fill)
print(up.op.get_attr("use_locking"), add.op.get_attr("use_locking"))
try:
    tf.scatter_update(v, [0, 1], [[1.0, 2.0, 3.0]])
except ValueError as e:
    print("ValueError", e)
try:
    tf.gradients(tf.reduce_sum(up), [v])
except LookupError as e:
    print("LookupError", e)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(up))
    print(sess.run(add)[0], sess.run(sub)[2], sess.run(fill)[:, 0])
    try:
        sess.run(tf.scatter_update(v, [4], [[0.0, 0.0, 0.0]]))
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError", [l for l in e.message.splitlines() if "indices" in l])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
