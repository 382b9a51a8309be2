# A tf.keras.layers.Layer subclass inside tf.keras.Sequential: the model's name scope around the subclassed layer's (sequential/scale/...), its weight built by the model's call.
import tensorflow as tf


class Scale(tf.keras.layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight("w", shape=[input_shape[-1]], initializer="ones")

    def call(self, inputs):
        return inputs * self.w


x = tf.placeholder(tf.float32, [None, 3])
model = tf.keras.Sequential([tf.keras.layers.Dense(3), Scale()])
y = model(x)
print(y, [v.name for v in model.weights])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
