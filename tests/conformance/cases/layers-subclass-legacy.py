# A legacy tf.layers.Layer subclass: the layer's variable scope (default name from the class name, uniquified), add_weight through get_variable (`block/w`), ops in the layer's name scope; a second call reuses.
import tensorflow as tf


class Block(tf.layers.Layer):
    def __init__(self, units, name=None):
        super(Block, self).__init__(name=name)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight("w", [input_shape[-1], self.units], initializer=tf.zeros_initializer())
        self.built = True

    def call(self, inputs):
        return tf.tanh(tf.matmul(inputs, self.w))


x = tf.placeholder(tf.float32, [None, 3])
b = Block(2)
y = b(x)
y2 = b(x)
c = Block(2, name="other")(y)
print(b.name, y, y2, c)
print([v.name for v in tf.global_variables()])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
