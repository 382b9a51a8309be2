# tf.boolean_mask: in `boolean_mask/`, the masked dims' sizes are multiplied (Shape, strided_slice,
# Prod) and the tensor reshaped to one leading dim (concat, Reshape), the mask flattened
# (Reshape_1), then Where, Squeeze and GatherV2. tf.sequence_mask in `SequenceMask/`: Max over
# every axis (a `Const`), Maximum with 0, Range, ExpandDims, Cast and Less.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3], name="x")
c = tf.constant([[1, 2], [3, 4], [5, 6]], name="c")
ts = [tf.boolean_mask(c, [True, False, True]), tf.boolean_mask(x, tf.placeholder(tf.bool, [None]), name="bm"),
      tf.boolean_mask(c, [[True, False], [False, True], [True, True]]), tf.boolean_mask(c, [False, True], axis=1),
      tf.sequence_mask([1, 3, 2]), tf.sequence_mask(tf.constant([2, 0]), 4, dtype=tf.float32),
      tf.sequence_mask(tf.placeholder(tf.int32, [None]), maxlen=tf.constant(5), name="sm")]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run([ts[0], ts[2], ts[3], ts[4], ts[5]]))
for f in [lambda: tf.boolean_mask(c, True), lambda: tf.boolean_mask(c, [True, False]),
          lambda: tf.boolean_mask(c, tf.placeholder(tf.bool)), lambda: tf.sequence_mask([1, 2], [3, 4])]:
    try:
        f()
    except (TypeError, ValueError) as error:
        print(error)
