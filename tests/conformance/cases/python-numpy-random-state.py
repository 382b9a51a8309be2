# np.random.get_state / set_state replay numpy's generator: the shuffle-two-lists-in-unison idiom.
import numpy as np
import tensorflow as tf

np.random.seed(3)
a = [0, 1, 2, 3, 4, 5]
b = ["a", "b", "c", "d", "e", "f"]
rng_state = np.random.get_state()
np.random.shuffle(a)
np.random.set_state(rng_state)
np.random.shuffle(b)
print(a, b)
print(rng_state[0], rng_state[1].dtype, rng_state[1].shape, len(rng_state))
s = np.random.get_state()
x = np.random.normal(size=3)
np.random.set_state(s)
print(np.array_equal(x, np.random.normal(size=3)))
try:
    np.random.set_state("nope")
except TypeError as e:
    print("TypeError", e)
c = tf.constant(np.random.randint(0, 5, size=4))
print(c.dtype, tf.Session().run(c).shape)
