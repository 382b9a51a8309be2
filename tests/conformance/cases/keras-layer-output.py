# A Keras layer's output / input (its first call on Keras tensors: feature extraction from a functional model), count_params, and their errors before any call.
import tensorflow as tf
inp = tf.keras.Input(shape=(4,), name="features")
h = tf.keras.layers.Dense(3, name="hidden")(inp)
out = tf.keras.layers.Dense(1)(h)
model = tf.keras.Model(inp, out)
feat = model.get_layer("hidden").output
print(feat, model.layers[-1].output, model.layers[1].input, model.layers[1].count_params(), model.input, model.output)
d = tf.keras.layers.Dense(2)
for f in [lambda: d.output, lambda: d.count_params()]:
    try:
        f()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)
x = tf.placeholder(tf.float32, [None, 4])
d(x)
try:
    d.output
except AttributeError as e:
    print(e)
print(d.count_params())
