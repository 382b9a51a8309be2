# tf.nn.softmax / log_softmax with axis (_wrap_2d_function: rank, range, concat perm, transpose around the op), values, errors.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 10])
z = tf.constant([[[1., 2.], [3., 5.]], [[0., 1.], [2., -1.]]])
outs = [tf.nn.softmax(x), tf.nn.softmax(x, axis=0), tf.nn.log_softmax(x, axis=0, name="ls"), tf.nn.softmax(z, 1),
        tf.nn.log_softmax(z, dim=0), tf.nn.softmax(z, axis=2, name="last"), tf.nn.softmax([1., 2., 3.])]
print(outs)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
with tf.Session() as s:
    print(s.run(outs[3:]))
for f in [lambda: tf.nn.softmax(z, axis=3), lambda: tf.nn.softmax(1.0)]:
    try:
        f()
    except (ValueError, tf.errors.InvalidArgumentError) as e:
        print(e)
