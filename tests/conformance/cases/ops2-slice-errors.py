# Slicing errors: out of bounds and too many indices fail in the shape function (ValueError);
# a float index is a TypeError; with a fed placeholder the bound check happens at run time.
import tensorflow as tf
x = tf.constant([[1., -2., 3.], [4., 5., -6.]], name="x")
for f in [lambda: x[5], lambda: x[0, 0, 0], lambda: x[::0], lambda: x[..., ...], lambda: x[-3], lambda: x[:, 3]]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
for bad in [1.5, "a", tf.constant([0, 1])]:
    try:
        x[bad]
    except TypeError as e:
        print("TypeError:", e)
print([op.name for op in tf.get_default_graph().get_operations()])
p = tf.placeholder(tf.float32, name="p")
with tf.Session() as sess:
    try:
        sess.run(p[0, 0], {p: [1., 2.]})
    except tf.errors.InvalidArgumentError as e:
        print([line for line in str(e).splitlines() if "dims" in line])
    sess.run(p[5], {p: [1., 2.]})
