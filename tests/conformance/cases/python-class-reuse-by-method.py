# A model class whose method builds variables; calling it twice shares them through reuse.
import tensorflow as tf
class Dense(object):
    count = 0
    def __init__(self, units, name="dense"):
        self.units = units
        self._name = name
        Dense.count += 1
    @property
    def name(self):
        return self._name
    def __call__(self, x, reuse=None):
        with tf.variable_scope(self._name, reuse=reuse):
            w = tf.get_variable("w", [int(x.shape[-1]), self.units])
            b = tf.get_variable("b", [self.units], initializer=tf.zeros_initializer())
            return tf.matmul(x, w) + b
layer = Dense(3, name="fc")
x = tf.placeholder(tf.float32, [None, 2])
y1 = layer(x)
y2 = layer(x, reuse=True)
print(y1.name, y2.name, layer.name, Dense.count)
print([v.name for v in tf.global_variables()])
