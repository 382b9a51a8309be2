# tf.logical_and / or / not take only bool: a Python int is "Expected bool", an int32 tensor
# "does not match expected type of bool".
import tensorflow as tf
a = tf.constant([True, False, True], name="a")
b = tf.constant([True, True, False], name="b")
ts = [tf.logical_and(a, b), tf.logical_or(a, b), tf.logical_not(a), tf.logical_and(a, True),
      tf.math.logical_or([False], b, name="o"), tf.equal(a, b), tf.not_equal(a, b)]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
for f in [lambda: tf.logical_and(tf.constant(1), tf.constant(2)), lambda: tf.logical_and(1, True),
          lambda: tf.logical_not(tf.constant(1.0))]:
    try:
        f()
    except TypeError as e:
        print(e)
print([op.name for op in tf.get_default_graph().get_operations()][-4:])
tf.logical_or(a, tf.constant([True, False]))
