# Python's own errors on scenario classes, caught, with type(e).__name__.
import tensorflow as tf
class A(object):
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
class B:
    pass
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
a = A()
show(lambda: a.missing)
show(lambda: A.missing)
show(lambda: B(1))
show(lambda: A(2))
show(lambda: a + 1)
show(lambda: a[0])
show(lambda: a())
show(lambda: setattr(a, "x", 2))
show(lambda: tf.get_variable(1, [1]) if False else undefined_name)
print(hasattr(a, "x"), hasattr(a, "y"), getattr(a, "y", "default"), callable(a), callable(A))
print(isinstance(a, (B, A)), isinstance(1, int), type(1).__name__, type("s") is str, type(a) is A)
