# gradients_test testColocateGradients/testColocateGradientsWithAggregation/name arg: gradient ops' colocation attrs, custom names, gradients inside a name scope and a variable scope.
import tensorflow as tf
w = tf.constant(1.0, shape=[1, 1], name="w")
x = tf.constant(1.0, shape=[1, 2], name="x")
with tf.device("/device:GPU:0"):
    wx = tf.matmul(w, x, name="wx")
gw = tf.gradients(wx, [w], colocate_gradients_with_ops=True)[0]
print(gw.name, gw.op.colocation_groups(), gw.op.device)
gw2 = tf.gradients(wx, [w])[0]
print(gw2.name, gw2.op.colocation_groups(), gw2.op.device)
with tf.name_scope("outer"):
    g3 = tf.gradients(wx, [w, x], name="mine")
print([t.name for t in g3])
with tf.variable_scope("vs"):
    g4 = tf.gradients(wx, w)
print([t.name for t in g4])
g5 = tf.gradients(wx, w, name="mine")
print([t.name for t in g5])
print(sorted(set(op.name.split("/")[0] for op in tf.get_default_graph().get_operations())))
