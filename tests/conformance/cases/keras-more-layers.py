# More tf.keras.layers in graph mode: LeakyReLU (leaky_re_lu), Global{Average,Max}Pooling{1,2}D, Conv2DTranspose, Conv1D, MaxPooling1D, SeparableConv2D, Lambda, ZeroPadding2D: names, op types, inputs, static shapes; values of the weightless ones.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 8, 8, 3], name="x")
s = tf.placeholder(tf.float32, [None, 10, 3], name="s")
a = tf.keras.layers.LeakyReLU()(x)
a2 = tf.keras.layers.LeakyReLU(alpha=0.1)(x)
g = tf.keras.layers.GlobalAveragePooling2D()(x)
gm = tf.keras.layers.GlobalMaxPooling2D()(x)
t = tf.keras.layers.Conv2DTranspose(2, 3, strides=2, padding="same")(x)
c1 = tf.keras.layers.Conv1D(4, 3)(s)
p1 = tf.keras.layers.MaxPooling1D(2)(s)
ga1 = tf.keras.layers.GlobalAveragePooling1D()(s)
sc = tf.keras.layers.SeparableConv2D(4, 3)(x)
la = tf.keras.layers.Lambda(lambda v: v * 2.0)(x)
zp = tf.keras.layers.ZeroPadding2D(1)(x)
print(a, a2, g, gm, t, c1, p1, ga1, sc, la, zp)
for op in tf.get_default_graph().get_operations():
    if "Initializer" in op.name or "/Assign" in op.name or "IsInitialized" in op.name or "/Read/" in op.name: continue
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
with tf.Session() as sess:
    xs = [[[[float(i * 8 * 3 + j * 3 + k) / 100.0 - 0.5 for k in range(3)] for j in range(8)] for i in range(8)]]
    for v in sess.run([a2, g, gm, la, zp], {x: xs}):
        print(v.shape, v.reshape(-1)[:6].round(4))
