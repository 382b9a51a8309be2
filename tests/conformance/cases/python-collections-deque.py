# collections.deque as RL agents use it for a replay memory: append/popleft, maxlen, indexing,
# iteration, len, list(), extend, rotate; the stored transitions then fed to a session.
import tensorflow as tf
from collections import deque

memory = deque()
for i in range(5):
    memory.append((float(i), i % 2 == 0))
    if len(memory) > 3:
        memory.popleft()
print(memory, len(memory), memory[0], memory[-1])
window = deque([1, 2, 3], maxlen=3)
window.append(4)
window.extend([5, 6])
window.appendleft(0)
window.rotate(1)
print(window, window.maxlen, list(window), window.count(5), 5 in window)
batch = [item[0] for item in memory]
x = tf.placeholder(tf.float32, [None])
with tf.Session() as sess:
    print(sess.run(x * 2.0, {x: batch}))
print(isinstance(memory, deque), type(memory).__name__, memory.pop(), memory)
