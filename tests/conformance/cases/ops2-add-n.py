# tf.add_n is one AddN op; a single input comes back as is (or an Identity when named).
import tensorflow as tf
x = tf.constant([[1., 2.], [3., 4.]], name="x")
ts = [tf.add_n([x, x, x]), tf.add_n([x]), tf.add_n([x], name="one"), tf.add_n([1, 2]), tf.math.add_n([x, [[1., 1.], [1., 1.]]])]
for t in ts:
    print(t)
print([(op.name, op.type, [i.name for i in op.inputs]) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
for f in [lambda: tf.add_n([]), lambda: tf.add_n([x, tf.ones([2, 2], tf.int32)])]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(e)
tf.add_n([x, tf.ones([3])])
