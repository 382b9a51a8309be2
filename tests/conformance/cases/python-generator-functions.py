# Generator functions (yield, yield from, return), as model files use them for batching: run
# eagerly by scopecli, the same values; itertools.cycle/count/takewhile/combinations_with_replacement.
import numpy as np
import tensorflow as tf
import itertools
from itertools import takewhile, count, combinations_with_replacement

def loop(n, epoch=None):
    indices = []
    ep = None
    for i in itertools.cycle(range(n)):
        indices.append(i)
        if i == 0:
            ep = 0 if ep is None else ep + 1
        if epoch is not None and ep == epoch:
            break
        if len(indices) == 2:
            yield list(indices)
            indices = []

def gen2():
    yield 1
    yield from [2, 3]
    return 7
    yield 9

class Memory:
    def __init__(self):
        self.buffer = [1, 2, 3]
    def loop(self):
        for b in self.buffer:
            yield b * 10

print(list(loop(3, epoch=2)))
for batch in loop(4, epoch=1):
    print(batch)
print(list(gen2()), sum(Memory().loop()), next(gen2()))
g = gen2()
print(next(g), next(g))
print(list(combinations_with_replacement(range(2), 3)))
print(list(takewhile(lambda x: x < 3, count())))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.islice(itertools.count(5, 2), 3)))

x = tf.placeholder(tf.float32, [None])
total = tf.reduce_sum(x)
with tf.Session() as sess:
    for batch in loop(5, epoch=1):
        print(batch, sess.run(total, {x: np.array(batch, dtype=np.float32)}))
