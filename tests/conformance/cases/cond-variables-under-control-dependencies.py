# Variables made under tf.control_dependencies on a cond's result (an optimizer after UPDATE_OPS):
# ops.init_scope clears the control dependencies, so their ops have no control inputs and the
# initializer runs without feeding the cond's predicate; the training step itself waits for it.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3], name="x")
t = tf.placeholder(tf.bool, [], name="t")
w = tf.Variable(tf.ones([3, 1]), name="w")
loss = tf.reduce_mean(tf.matmul(x, w))
flag = tf.cond(t, lambda: tf.constant(1.0), lambda: tf.constant(0.0))
with tf.control_dependencies([flag]):
    train = tf.train.AdamOptimizer(0.1).minimize(loss)
    v = tf.Variable(1.0, name="under")
    u = tf.get_variable("u", [2])
for op in tf.get_default_graph().get_operations():
    if op.type in ("VariableV2", "Assign", "Const", "Fill") and not op.name.startswith("gradients"):
        print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
sess = tf.Session()
sess.run(tf.global_variables_initializer())
sess.run(train, {x: [[1.0, 2.0, 3.0]], t: True})
print(sess.run(w).ravel().tolist())
