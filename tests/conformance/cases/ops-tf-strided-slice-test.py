# array_ops_test StridedSliceTest testStridedSlice/testEllipsis/testShrink/testTensorIndexing/testExpand/testOptimizedCases/testBadSlices shape inference and errors.
import tensorflow as tf
x = tf.reshape(tf.range(24), [2, 3, 4])
ops = [x[0], x[:, 1], x[..., 2], x[1:, ::2, ::-1], x[tf.newaxis, 0, :, tf.newaxis], x[-1, -1, -1], x[:, :, :], x[..., tf.newaxis], x[0:0], x[::-1, 1:2, -3:], x[tf.constant(1)]]
for t in ops:
    print(t.name, t.get_shape())
p = tf.placeholder(tf.int32, [None, 4])
print(p[1:].get_shape(), p[:, 2].get_shape(), p[..., 1:3].get_shape())
with tf.Session() as sess:
    for v in sess.run(ops):
        print(v.tolist())
for bad in (lambda: x[0, 0, 0, 0], lambda: x[..., ...], lambda: x[::0], lambda: x[3], lambda: x["a"], lambda: x[1.5]):
    try:
        r = bad()
        print("no error", r.name)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:200])
