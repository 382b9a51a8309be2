# tf.cond results: singletons unpacked unless strict, nested tuples/lists/dicts merged leaf by
# leaf (false value first), Python numbers and strings made into constants inside the branch,
# a no_op result (pivot through control_dependency), the same outside tensor returned twice.
import tensorflow as tf
p = tf.placeholder(tf.bool, [], name="p")
x = tf.constant(1.0, name="x")
print(tf.cond(p, lambda: [x], lambda: [x]))
print(tf.cond(p, lambda: [x], lambda: [x], strict=True))
print(tf.cond(p, lambda: 1, lambda: 2))
print(tf.cond(p, lambda: (x, 1.0), lambda: (2.0, x), name="named"))
print(tf.cond(p, lambda: tf.no_op(), lambda: tf.no_op()))
print(tf.cond(p, lambda: "a", lambda: "b"))
r = tf.cond(p, lambda: (x, [x, {"k": x, "a": x * 2}]), lambda: (x, [x, {"k": x, "a": x}]))
print(r)
with tf.Session() as sess:
    print(sess.run(r, {p: True}))
    print(sess.run(r, {p: False}))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
