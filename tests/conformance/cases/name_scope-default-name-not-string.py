# A non-string default_name is refused: TF guesses it was meant as values.
import tensorflow as tf
with tf.name_scope("n", [1, 2]):
    pass
