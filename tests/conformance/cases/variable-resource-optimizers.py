# Resource variables from tf.get_variable(use_resource=True) and variable_scope(use_resource=True), trained by Momentum (ResourceApplyMomentum, nesterov) and RMSProp (ResourceApplyRMSProp / ResourceApplyCenteredRMSProp, resource slots with their initializers): graph and values over two steps.
import tensorflow as tf
with tf.variable_scope("a", use_resource=True):
    w = tf.get_variable("w", [2, 2], initializer=tf.constant_initializer(0.5))
b = tf.get_variable("b", [2], initializer=tf.zeros_initializer(), use_resource=True)
c = tf.get_variable("c", [2], initializer=tf.ones_initializer())
x = tf.constant([[1.0, 2.0], [3.0, -1.0]])
loss = tf.reduce_sum(tf.square(tf.matmul(x, w) + b - 1.0)) + tf.reduce_sum(c * b)
steps = [tf.train.MomentumOptimizer(0.01, 0.9, use_nesterov=True).minimize(loss, var_list=[w]),
         tf.train.RMSPropOptimizer(0.01).minimize(loss, var_list=[b]),
         tf.train.RMSPropOptimizer(0.01, centered=True, momentum=0.5, name="centered").minimize(loss, var_list=[w, c])]
print([type(v).__name__ for v in [w, b, c]], [s.name for s in steps])
for op in tf.get_default_graph().get_operations():
    if op.type.startswith(("ResourceApply", "Apply", "VarHandle")):
        print(op.name, op.type, [i.name for i in op.inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(2):
        sess.run(steps)
        print([v.round(4) for v in sess.run([w, b, c])])
