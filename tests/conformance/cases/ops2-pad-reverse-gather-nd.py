# tf.pad: zero padding is Pad (`Pad/paddings` Const), another constant PadV2, REFLECT/SYMMETRIC
# MirrorPad with its mode attr; tf.reverse is ReverseV2 (`ReverseV2/axis`); tf.gather_nd is GatherNd.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3], name="x")
c = tf.constant([[1, 2, 3], [4, 5, 6]], name="c")
ts = [tf.pad(x, [[1, 1], [2, 0]]), tf.pad(c, [[0, 1], [1, 1]], constant_values=9), tf.pad(c, [[1, 1], [2, 2]], "REFLECT"),
      tf.pad(c, [[1, 1], [2, 2]], mode="symmetric", name="sym"), tf.pad(x, tf.placeholder(tf.int32, [2, 2])),
      tf.reverse(c, [1]), tf.reverse_v2(x, axis=[0, -1]), tf.manip.reverse(c, [0]),
      tf.gather_nd(c, [[0, 1], [1, 2]]), tf.gather_nd(c, [[1]]), tf.gather_nd(x, tf.placeholder(tf.int64, [None, 5, 1]))]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run([ts[1], ts[2], ts[3], ts[5], ts[7], ts[8], ts[9]]))
    print(sess.run(ts[0], {x: [[1., 2., 3.]]}))
for f in [lambda: tf.pad(c, [[1, 1]]), lambda: tf.pad(c, [[1, 1], [1, 1]], "WRAP"), lambda: tf.pad(c, [[-1, 0], [0, 0]]),
          lambda: tf.reverse(c, [2]), lambda: tf.reverse(c, [1, -1]), lambda: tf.gather_nd(c, [[0, 1, 2]]),
          lambda: tf.Session().run(tf.pad(c, [[2, 2], [0, 0]], "REFLECT")), lambda: tf.Session().run(tf.gather_nd(c, [[5, 0]]))]:
    try:
        f()
    except (TypeError, ValueError, tf.errors.InvalidArgumentError) as error:
        print(str(error).split("\n")[0])
