# A scenario class with __len__, __getitem__, __iter__, __contains__ and __str__ (a layer stack).
import numpy as np
import tensorflow as tf
class Stack(object):
    def __init__(self, sizes):
        self.layers = []
        x = tf.placeholder(tf.float32, [None, sizes[0]], name="x")
        for i, n in enumerate(sizes[1:]):
            with tf.variable_scope("layer%d" % i):
                w = tf.get_variable("w", [int(x.shape[-1]), n])
                x = tf.matmul(x, w)
            self.layers.append(w)
    def __len__(self):
        return len(self.layers)
    def __getitem__(self, i):
        return self.layers[i]
    def __iter__(self):
        return iter(self.layers)
    def __contains__(self, name):
        return any(v.name == name for v in self.layers)
    def __str__(self):
        return "Stack(%d)" % len(self)
s = Stack([3, 4, 2])
print(len(s), s[1].name, [v.name for v in s], "layer0/w:0" in s, "nope" in s, s, bool(s))
print(isinstance(np.zeros(2), np.ndarray), isinstance(np.float32(1), np.float32), isinstance(1.0, np.floating))
