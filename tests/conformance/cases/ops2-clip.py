# tf.clip_by_value: Minimum (with its `Minimum/y` Const) then a Maximum named after the scope.
import tensorflow as tf
x = tf.constant([[1., -2., 3.], [4., 0.5, -6.]], name="x")
ts = [tf.clip_by_value(x, 0., 1.), tf.clip_by_value(x, -1, 2.5, name="clip"), tf.clip_by_value([1, 5, 9], 2, 6)]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
try:
    tf.clip_by_value(tf.constant([1., 2.]), 0., [[1., 1.], [2., 2.]])
except ValueError as e:
    print(e)
tf.clip_by_value(x, [0., 0.], 1.)
