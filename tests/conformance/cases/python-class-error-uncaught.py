# An uncaught AttributeError from a scenario object ends the run as Python's does.
import tensorflow as tf
class Model(object):
    def __init__(self):
        self.x = tf.placeholder(tf.float32, [None, 2], name="x")
m = Model()
print(m.x.name)
print(m.logits)
