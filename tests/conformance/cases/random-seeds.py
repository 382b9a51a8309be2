# Random ops' seed/seed2 attrs (random_seed.get_seed): none set gives 0/0; an op seed alone pairs
# with the default graph seed 87654321; after tf.set_random_seed every op without a seed takes the
# graph's counter of seeded ops (0, 1, 2 ...) and (0, 0) becomes (0, 2**31-1).
import tensorflow as tf
def seeds():
    return [(op.name, op.get_attr("seed"), op.get_attr("seed2")) for op in tf.get_default_graph().get_operations()
            if op.type in ("RandomStandardNormal", "TruncatedNormal", "RandomUniform", "RandomShuffle", "Multinomial")]
tf.random_normal([2])
tf.random_uniform([2], seed=7)
print(seeds())
tf.reset_default_graph()
tf.set_random_seed(5)
tf.random_normal([2])
tf.truncated_normal([2])
tf.random_uniform([2], seed=11)
tf.random_shuffle([1, 2, 3])
tf.multinomial([[0., 1.]], 2)
tf.random_normal([2])
print(seeds())
tf.reset_default_graph()
tf.set_random_seed(0)
tf.random_normal([1], seed=0)
tf.random_normal([1])
tf.random.set_random_seed(2**31 + 3)
tf.random.uniform([1], seed=2**32)
print(seeds())
