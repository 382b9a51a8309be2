# Dilated convolutions through the layers: tf.layers.conv2d and tf.keras.layers.Conv2D with dilation_rate (the Conv2D op's dilations attr), 'same' and 'valid'; tf.nn.convolution with dilation_rate; static shapes and values.
import tensorflow as tf
x = tf.reshape(tf.range(1 * 7 * 7 * 2, dtype=tf.float32) / 50.0, [1, 7, 7, 2])
a = tf.layers.conv2d(x, 3, 3, dilation_rate=2, padding="same", kernel_initializer=tf.ones_initializer())
b = tf.keras.layers.Conv2D(2, 2, dilation_rate=(2, 3), kernel_initializer="ones")(x)
c = tf.nn.convolution(x, tf.ones([2, 2, 2, 1]), padding="VALID", dilation_rate=[2, 2])
print(a, b, c)
for t in [a, b, c]:
    op = t.op.inputs[0].op if t.op.type == "BiasAdd" else t.op
    print(op.name, op.type, op.get_attr("dilations"), op.get_attr("padding"))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in sess.run([a, b, c]):
        print(v.shape, v.sum().round(3), v.reshape(-1)[:5].round(3))
