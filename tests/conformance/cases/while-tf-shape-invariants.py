# control_flow_ops_py_test testWhileShapeInference: a loop variable that changes shape needs shape_invariants; the error names the tensor and both shapes.
import tensorflow as tf
i = tf.constant(0)
m = tf.ones([2, 2])
c = lambda i, j: tf.less(i, 2)
def _b(i, j):
    new_i = tf.add(i, 1)
    new_j = tf.tile(j, [2, 2])
    return [new_i, new_j]
r = tf.while_loop(c, _b, [i, m], [i.get_shape(), tf.TensorShape([None, None])])
try:
    tf.while_loop(c, _b, [i, m], [i.get_shape(), tf.TensorShape([None, 2])])
except ValueError as e:
    print("ValueError:", e)
print(r[1].shape, r[1].shape.is_compatible_with([8, 2]), r[0].name, r[1].name)
try:
    tf.while_loop(c, _b, [i, m])
except ValueError as e:
    print("ValueError:", e)
r2 = tf.while_loop(lambda n: n < 10, lambda n: n + 1, [0])
r3 = tf.while_loop(lambda n: n[0] < 10, lambda n: n + 1, [tf.constant([0, 1])], name="vec")
with tf.Session() as sess:
    print(sess.run(r), sess.run(r2), sess.run(r3))
print(r2.name, r3.name)
try:
    tf.while_loop(lambda n: n < 10, lambda n: [n + 1, n], [0])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
