# HParams as a namedtuple: fields, _replace, _asdict, unpacking.
import collections
import tensorflow as tf
from collections import namedtuple
HParams = namedtuple("HParams", "batch_size, num_units, learning_rate")
hps = HParams(batch_size=4, num_units=3, learning_rate=0.01)
print(hps, hps.num_units, hps._fields)
small = hps._replace(num_units=2)
print(small, small._asdict(), hps == small, len(hps))
bs, units, lr = small
with tf.variable_scope("model"):
    w = tf.get_variable("w", [bs, units])
print(w.name, w.shape, lr)
Point = collections.namedtuple("Point", ["x", "y"], defaults=[0])
print(Point(1), Point(1, 2)[1], isinstance(hps, tuple))
