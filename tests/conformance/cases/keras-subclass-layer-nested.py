# A tf.keras.layers.Layer subclass that owns another layer (made in __init__) and its own weight (made in build): the inner layer's scope and weights nest under the outer call's name scope.
import tensorflow as tf


class Residual(tf.keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.inner = tf.keras.layers.Dense(units)

    def build(self, input_shape):
        self.gate = self.add_weight("gate", shape=(), initializer=tf.keras.initializers.Constant(0.5))

    def call(self, x):
        return x + self.gate * self.inner(x)


x = tf.placeholder(tf.float32, [None, 3])
r = Residual(3, name="res")
y = r(x)
print(y, r.built, len(r.weights))
print([v.name for v in tf.global_variables()])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
