# Dilated convolutions (TF1's with_space_to_batch: SpaceToBatchND, a VALID undilated Conv2D, BatchToSpaceND, the paddings and crops constant-folded) through the layers: tf.layers.conv2d and tf.keras.layers.Conv2D with dilation_rate (the Conv2D op's dilations attr), 'same' and 'valid'; tf.nn.convolution with dilation_rate; static shapes and values.
import tensorflow as tf
x = tf.reshape(tf.range(1 * 7 * 7 * 2, dtype=tf.float32) / 50.0, [1, 7, 7, 2])
a = tf.layers.conv2d(x, 3, 3, dilation_rate=2, padding="same", kernel_initializer=tf.ones_initializer())
b = tf.keras.layers.Conv2D(2, 2, dilation_rate=(2, 3), kernel_initializer="ones")(x)
c = tf.nn.convolution(x, tf.ones([2, 2, 2, 1]), padding="VALID", dilation_rate=[2, 2])
print(a, b, c)
for op in tf.get_default_graph().get_operations():
    if "Initializer" not in op.name and "/Assign" not in op.name and "IsInitialized" not in op.name:
        print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
    if op.type == "Conv2D":
        print(op.get_attr("dilations"), op.get_attr("strides"), op.get_attr("padding"))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in sess.run([a, b, c]):
        print(v.shape, round(float(v.sum()), 2), v.reshape(-1)[:5].round(3))
