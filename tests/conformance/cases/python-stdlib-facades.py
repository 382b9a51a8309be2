# math, functools, operator, six and os.path as model files use them.
from __future__ import print_function
import math
import operator
import os
from functools import partial, reduce
import six
from six.moves import xrange
import tensorflow as tf
print(math.sqrt(2.0), math.ceil(2.1), math.log(8, 2), math.pi, math.floor(-0.5), int(math.log(100, 10)))
print(reduce(operator.mul, [2, 3, 4], 1), list(xrange(3)), list(six.moves.range(2)), six.PY3)
dense = partial(tf.get_variable, shape=[2], initializer=tf.zeros_initializer())
with tf.variable_scope("p"):
    a = dense("a")
    b = dense("b", shape=[3])
print(a.name, a.shape, b.shape)
print(os.path.join("logs", "run1", "model.ckpt"), os.path.basename("/a/b.txt"), os.path.splitext("x.py"))
for k, v in sorted(six.iteritems({"b": 2, "a": 1})):
    print(k, v, end=";")
print()
print(sorted([3, 1, 2], key=operator.neg), operator.itemgetter(1)([5, 6]))
