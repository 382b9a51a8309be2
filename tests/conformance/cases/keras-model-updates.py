# A functional model's updates: its BatchNormalization's moving-average assignments (model.updates, layer.updates), none in UPDATE_OPS.
import tensorflow as tf
inp = tf.keras.Input(shape=(3,))
h = tf.keras.layers.BatchNormalization()(inp, training=True)
out = tf.keras.layers.Dense(1)(h)
model = tf.keras.Model(inp, out)
print(model.updates, model.layers[1].updates, tf.get_collection(tf.GraphKeys.UPDATE_OPS))
print(model.updates == model.layers[1].updates)
