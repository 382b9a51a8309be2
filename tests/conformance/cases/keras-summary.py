# Model.summary() as tf-keras prints it: a Sequential (65 columns), a functional model with branches (98 columns, Connected to, a wrapped class name and a wrapped connection list), memory sizes; an unbuilt Sequential's error.
import tensorflow as tf
m = tf.keras.Sequential([tf.keras.layers.Dense(3, activation="relu", input_shape=(4,)), tf.keras.layers.Activation("tanh"), tf.keras.layers.Dense(2)])
m.summary()
inp = tf.keras.Input(shape=(8, 8, 3))
h = tf.keras.layers.Conv2D(4, 3)(inp)
h2 = tf.keras.layers.BatchNormalization()(h, training=False)
f = tf.keras.layers.Flatten()(h2)
a = tf.keras.layers.Dense(2)(f)
b = tf.keras.layers.Dense(2)(f)
out = tf.keras.layers.Add()([a, b])
model = tf.keras.Model(inp, out, name="net")
model.summary()
try:
    tf.keras.Sequential([tf.keras.layers.Dense(2)]).summary()
except ValueError as e:
    print(e)
