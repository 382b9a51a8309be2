import numpy as np
import tensorflow as tf
f = tf.placeholder(tf.float32, [2, 3], name="f")
u8 = tf.placeholder(tf.uint8, [2, 3], name="u8")
i32 = tf.placeholder(tf.int32, [2, 3], name="i32")
outs = [
    tf.image.convert_image_dtype(f, tf.uint8),
    tf.image.convert_image_dtype(f, tf.uint8, saturate=True),
    tf.image.convert_image_dtype(f, dtype=tf.int16, saturate=True, name="to_i16"),
    tf.image.convert_image_dtype(f, tf.float64),
    tf.image.convert_image_dtype(f, tf.float32),
    tf.image.convert_image_dtype(u8, tf.float32),
    tf.image.convert_image_dtype(u8, tf.int32),
    tf.image.convert_image_dtype(u8, tf.int32, saturate=True),
    tf.image.convert_image_dtype(i32, tf.uint8),
    tf.image.convert_image_dtype(i32, tf.uint8, saturate=True),
    tf.saturate_cast(f, tf.int8),
    tf.saturate_cast(i32, tf.float32, name="sat"),
    tf.dtypes.saturate_cast(u8, tf.int8),
]
for t in outs:
    print(t.name, t.dtype.name)
with tf.Session() as sess:
    values = sess.run(outs, {f: [[0.0, 0.5, 1.0], [-0.25, 1.5, 0.003]],
                             u8: [[0, 1, 127], [128, 200, 255]],
                             i32: [[0, 2**24, 2**31 - 1], [-5, 2**30, 77]]})
    for v in values:
        print(v.dtype, v.reshape(-1).tolist())

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
