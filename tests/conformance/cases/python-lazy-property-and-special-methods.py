# The lazy_property decorator of many TF1 models, __dict__/vars(), and a class with __repr__.
import functools
import tensorflow as tf
def lazy_property(function):
    attribute = '_cache_' + function.__name__
    @property
    @functools.wraps(function)
    def decorator(self):
        if not hasattr(self, attribute):
            setattr(self, attribute, function(self))
        return getattr(self, attribute)
    return decorator
class Model:
    def __init__(self, data):
        self.data = data
        self.prediction
    @lazy_property
    def prediction(self):
        with tf.variable_scope("pred"):
            return tf.layers.dense if False else tf.get_variable("w", [2]) * self.data
m = Model(tf.constant(2.0))
print(m.prediction.name, m.prediction is m.prediction)
class Config(object):
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)
    def __repr__(self):
        return "Config(%s)" % sorted(vars(self).items())
c = Config(lr=0.1, units=3)
print(c.lr, c, str(c), [c])
