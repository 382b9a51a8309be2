# A tf.keras.layers.Layer subclass: super().__init__(name=...), build() with self.add_weight, call() building ops; TF's Layer.__call__ gives the name scope, builds once, names weights `<layer>/<weight>`.
import tensorflow as tf


class MyDense(tf.keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight("kernel", shape=[int(input_shape[-1]), self.units],
                                      initializer="glorot_uniform")
        self.bias = self.add_weight(name="bias", shape=[self.units], initializer="zeros")
        super().build(input_shape)

    def call(self, inputs):
        return tf.nn.relu(tf.matmul(inputs, self.kernel) + self.bias)


x = tf.placeholder(tf.float32, [None, 4])
layer = MyDense(3)
y1 = layer(x)
y2 = layer(x)
named = MyDense(2, name="head")
y3 = named(y1)
print(layer.name, named.name, layer.built, y1, y2, y3)
print([v.name for v in layer.weights], [v.name for v in layer.trainable_variables])
print([v.name for v in tf.global_variables()])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([v.shape for v in sess.run(tf.global_variables())])
    print(sess.run(y3, {x: [[0.0, 0.0, 0.0, 0.0]]}))
