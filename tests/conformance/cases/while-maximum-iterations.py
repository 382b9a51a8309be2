# maximum_iterations adds an iteration counter loop variable and a LogicalAnd in the condition.
import tensorflow as tf
i = tf.constant(0)
r = tf.while_loop(lambda i: i < 100, lambda i: i + 3, [i], maximum_iterations=5)
print(r)
n = tf.placeholder(tf.int32, [])
a, b = tf.while_loop(lambda a, b: a < 1000, lambda a, b: [a + b, a], [1, 1], maximum_iterations=n)
print(a, b)
with tf.Session() as sess:
    print(sess.run(r))
    print(sess.run([a, b], {n: 4}))
    print(sess.run([a, b], {n: 100}))
    print(sess.run([a, b], {n: 0}))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
