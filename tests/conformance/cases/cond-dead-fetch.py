# A tensor outside a cond that reads an op inside one branch: fine when that branch runs, else
# DirectSession's "Retval[i] does not have value" (i: its place among the fetched tensors sorted
# by name); fetching its op just runs nothing.
import tensorflow as tf
x = tf.placeholder(tf.float32, [], name="x")
p = tf.placeholder(tf.bool, [], name="p")
r = tf.cond(p, lambda: x * 2.0, lambda: x)
inner = tf.get_default_graph().get_operation_by_name("cond/mul").outputs[0]
y = tf.identity(inner, name="zz")
w = tf.identity(x, name="b")
sess = tf.Session()
for fetches in ([r, y], [y, r], [w, y, r], [y, y]):
    try:
        print(sess.run(fetches, {x: 1.0, p: False}))
    except tf.errors.InvalidArgumentError as e:
        print(repr(e.message))
print(sess.run(y, {x: 1.0, p: True}), sess.run(y.op, {x: 1.0, p: False}))
