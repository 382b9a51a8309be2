# tf.keras layer values with fixed initializers: Conv2D (ones kernel, constant bias), max and average pooling, Flatten, Dense, Embedding (Constant), Concatenate, Add, Reshape, Dropout(training=False), Activation.
import tensorflow as tf
x = tf.reshape(tf.range(2 * 4 * 4 * 2, dtype=tf.float32) / 10.0, [2, 4, 4, 2])
c = tf.keras.layers.Conv2D(3, 2, kernel_initializer="ones", bias_initializer=tf.keras.initializers.Constant(0.5))(x)
p = tf.keras.layers.MaxPooling2D(2, padding="same")(c)
a = tf.keras.layers.AveragePooling2D((2, 2), strides=(1, 1))(c)
f = tf.keras.layers.Flatten()(a)
d = tf.keras.layers.Dense(2, activation="sigmoid", kernel_initializer=tf.keras.initializers.Constant(0.01))(f)
r = tf.keras.layers.Reshape((2, -1))(f)
ids = tf.constant([[0, 2], [1, 1]])
e = tf.keras.layers.Embedding(3, 2, embeddings_initializer=tf.keras.initializers.Constant([[1., 2.], [3., 4.], [5., 6.]]))(ids)
cat = tf.keras.layers.Concatenate(axis=1)([e, e])
s = tf.keras.layers.Add()([e, e])
dr = tf.keras.layers.Dropout(0.3)(d, training=False)
act = tf.keras.layers.Activation("softmax")(d)
print(c, p, a, f, d, r, e, cat, s, dr, act)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in sess.run([c, p, a, d, r, e, cat, s, dr, act]):
        print(v.round(4))
