# A tf.keras.layers.Layer subclass without build: weights made in __init__ by add_weight (named outside any call scope), a second layer's default name counted from the class name in snake case.
import tensorflow as tf


class ScaleShift(tf.keras.layers.Layer):
    def __init__(self):
        super(ScaleShift, self).__init__()
        self.scale = self.add_weight("scale", shape=[], initializer="ones")

    def call(self, x, shift=0.0):
        return x * self.scale + shift


x = tf.placeholder(tf.float32, [2])
a = ScaleShift()
b = ScaleShift()
print(a.name, b.name)
print(a(x), b(x, shift=1.0), a(x, 2.0))
print([v.name for v in tf.global_variables()])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(b(x, shift=1.0), {x: [1.0, 2.0]}))
