# dir() of the scenario's own objects, as MAML's `'weights' in dir(self)` uses it.
import tensorflow as tf


class Base:
    shared = 1

    def build(self):
        return 2


class Model(Base):
    def __init__(self):
        self.dim = 3

    def construct(self):
        if 'weights' in dir(self):
            return "reuse"
        self.weights = tf.Variable(1.0, name="w")
        return "new"


m = Model()
print(m.construct(), m.construct())
print([n for n in dir(m) if not n.startswith('__')])
print([n for n in dir(Model) if not n.startswith('__')])
print('__init__' in dir(m), '__dict__' in dir(m), '__module__' in dir(Model), '__qualname__' in dir(Model))
print(dir(m) == sorted(dir(m)))
