# tf.nn.bias_add converts `input` and `bias` inside `BiasAdd`; the bias takes the input's dtype.
import tensorflow as tf
x = tf.constant([[1., -2., 3.], [4., 5., -6.]], name="x")
ts = [tf.nn.bias_add(x, [1., 2., 3.]), tf.nn.bias_add(x, [1, 2, 3], name="b"),
      tf.nn.bias_add([[1., 2.]], tf.constant([0.5, 0.5]))]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
for f in [lambda: tf.nn.bias_add(x, [1., 2.]), lambda: tf.nn.bias_add(tf.ones([3]), [1., 2., 3.])]:
    try:
        f()
    except ValueError as e:
        print(e)
tf.nn.bias_add(x, [1.5, 2., 3.], data_format="HWC")
