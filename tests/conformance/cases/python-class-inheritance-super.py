# Inheritance, super() in both spellings, class attributes, @staticmethod/@classmethod, type(x).__name__.
import tensorflow as tf
class Base(object):
    scope_prefix = "base"
    def __init__(self, name):
        self.name = name
        self._built = False
    def build(self):
        with tf.variable_scope(self.scope_name()):
            self.w = tf.get_variable("w", [1])
        self._built = True
        return self
    def scope_name(self):
        return self.scope_prefix + "_" + self.name
    @staticmethod
    def describe(v):
        return v.name.split("/")[-1]
    @classmethod
    def make(cls, name):
        return cls(name).build()
class Tower(Base):
    scope_prefix = "tower"
    def __init__(self, name, depth=2):
        super(Tower, self).__init__(name)
        self.depth = depth
class DeepTower(Tower):
    def __init__(self, name):
        super().__init__(name, depth=4)
    def scope_name(self):
        return "deep/" + super().scope_name()
t = Tower.make("a")
d = DeepTower.make("b")
print(t.w.name, d.w.name, t.depth, d.depth, d._built)
print(type(d).__name__, isinstance(d, Base), isinstance(t, DeepTower), issubclass(DeepTower, Base))
print(Base.describe(d.w), d.__class__.__name__)
