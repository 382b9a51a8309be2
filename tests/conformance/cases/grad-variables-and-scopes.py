import tensorflow as tf

# Rule: gradients with respect to variables flow through their read Identity to
# the variable's own tensor; each tf.gradients call opens a fresh name scope
# (gradients, gradients_1, or the name given, inside the current scope).

w = tf.get_variable("w", initializer=tf.constant([[1.0, -2.0], [0.5, 3.0]]))
b = tf.Variable([0.1, 0.2], name="b")
x = tf.constant([[1.0, 2.0]], name="x")
with tf.name_scope("model"):
    y = tf.nn.relu(tf.matmul(x, w) + b)
    loss = tf.reduce_mean(tf.square(y))
g1 = tf.gradients(loss, [w, b])
with tf.name_scope("train"):
    g2 = tf.gradients(loss, [w, b], name="grads")
g3 = tf.gradients(loss, w)
print(g1, g2, g3)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(g1))
    print(s.run(g3))
