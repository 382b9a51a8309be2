# A namedtuple class's `_fields` and `_make` (a replay memory reads `tuple_class._fields` to
# batch its records into arrays fed to a session).
import numpy as np
import tensorflow as tf
from collections import namedtuple

Record = namedtuple('Record', ['s', 'a', 'r'])
records = [Record(np.array([0.1, 0.2]), 1, 0.5), Record._make([np.array([0.3, 0.4]), 0, 1.5])]
batch = {name: np.array([getattr(rec, name) for rec in records]) for name in Record._fields}
print(Record._fields, records[1], sorted(batch))
s = tf.placeholder(tf.float32, [None, 2])
r = tf.placeholder(tf.float32, [None])
out = tf.reduce_sum(s, axis=1) * r
with tf.Session() as sess:
    print(sess.run(out, {s: batch['s'], r: batch['r']}))
try:
    Record._asdict_missing
except AttributeError as e:
    print(e)
