# Variables read and made in a while body: a variable made there is made outside the loop (its
# initializer runs once, not per iteration), its read enters the loop as a constant Enter, and
# a variable made before the loop is read the same way.
import tensorflow as tf
v = tf.Variable(0.5, name="scale")
def body(i, x):
    w = tf.get_variable("w", [2, 2], initializer=tf.ones_initializer())
    return i + 1, tf.matmul(x, w) * v
i, x = tf.while_loop(lambda i, x: i < 3, body, [0, tf.ones([1, 2])])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(x))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
print([var.name for var in tf.global_variables()])
