"""tf.train: optimizers, their Apply* ops' shapes, and the global step."""
