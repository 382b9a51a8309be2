# x[...] is a StridedSlice in a `strided_slice` scope holding its stack, stack_1, stack_2 Consts.
import tensorflow as tf
x = tf.constant([[1., 2., 3.], [4., 5., 6.]], name="x")
ys = [x[0], x[:, 1], x[1:3], x[..., None], x[::-1, ::2], x[-1, -2], x[None], x[:, :, None][..., 0], x[1:, tf.newaxis]]
for y in ys:
    print(y)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
for op in tf.get_default_graph().get_operations():
    if op.type == "StridedSlice":
        print(op.name, [op.get_attr(k) for k in ["begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask", "shrink_axis_mask"]])
with tf.Session() as sess:
    for y in ys:
        print(sess.run(y))
