# tf.nn.relu6 (a wrapper scope, then features converted), tf.nn.elu, tf.nn.softplus / tf.math.softplus
# and tf.math.reciprocal / tf.reciprocal (the generated op itself): names, attrs, dtype checks, values.
import tensorflow as tf
x = tf.constant([-3.0, -1.0, -0.5, 0.0, 0.25, 6.0, 10.0, -20.0, 20.0, 1e-3])
print(tf.nn.relu6(-1.0), tf.nn.elu([1.0, -2.0]), tf.nn.softplus(x, name="sp"), tf.math.reciprocal(x), tf.reciprocal(x))
print(tf.nn.relu6(x).op.get_attr("T"), tf.math.softplus(x), tf.nn.relu6(x, name="r6"))
# (an int32 Reciprocal has no CPU kernel: a session would refuse the whole graph, so none is built)
for f, values in ((tf.nn.relu6, (True, 1)), (tf.nn.elu, (True, 1)), (tf.nn.softplus, (True, 1)),
                  (tf.math.reciprocal, (True,)), (tf.nn.relu, (True, 1))):
    for v in (tf.constant([value]) for value in values):
        try:
            print(f(v))
        except TypeError as err:
            print("TypeError", err)
with tf.Session() as sess:
    print(sess.run([tf.nn.relu6(x), tf.nn.elu(x), tf.nn.softplus(x)]))
    print(sess.run([tf.nn.relu6(tf.constant([-2, 3, 9])), tf.nn.elu(tf.constant([-1.0, 2.0], tf.float64))]))
    print(sess.run(tf.nn.softplus(tf.constant([-40.0, -1.0, 0.5, 40.0], tf.float64))))
print([op.name for op in tf.get_default_graph().get_operations()])
