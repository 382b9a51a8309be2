# control_flow_ops_py_test testWhile_1/testWhileWithRefs/testWhile_2/testWhileShape/testWhileWithControl_1/testWhileGrad_Square: loop op names (Enter/Merge/Switch/Exit/NextIteration), values, shapes, gradient names.
import tensorflow as tf
n = tf.constant(0)
c = lambda x: tf.less(x, 10000)
b = lambda x: tf.add(x, 1)
r = tf.while_loop(c, b, [n], parallel_iterations=20)
print(r.name, r.op.type)
print(sorted(set(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("while/"))))
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("while/")])
with tf.Session() as sess:
    print(sess.run(r))
s = tf.constant(0)
c2 = lambda i, s: tf.less(i, 10)
b2 = lambda i, s: [tf.add(i, 1), tf.add(i, s)]
res = tf.while_loop(c2, b2, [n, s], name="sumloop")
print([t.name for t in res])
with tf.Session() as sess:
    print(sess.run(res))
i = tf.constant(0)
m = tf.ones([2, 2])
c3 = lambda i, j: tf.less(i, 2)
def b3(i, j):
    new_i = tf.add(i, 1)
    new_j = tf.tile(j, [2, 2])
    return [new_i, new_j]
r3 = tf.while_loop(c3, b3, [i, m], [i.get_shape(), tf.TensorShape([None, None])])
print(r3[1].name, r3[1].get_shape())
with tf.Session() as sess:
    print(sess.run(r3[1]).shape)
v = tf.constant(2.0, name="v")
sq = tf.while_loop(lambda v: v < 10000.0, lambda v: tf.square(v), [v], name="sq")
g = tf.gradients(sq, v)
print(sq.name, g[0].name)
with tf.Session() as sess:
    print(sess.run([sq, g[0]]))
try:
    tf.while_loop(c3, b3, [i, m])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:200])
