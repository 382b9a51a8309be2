import tensorflow as tf

# Rule: TF never promotes silently: int32 + float32 fails while the graph is
# built (TypeError, before any session), naming the op's inputs 'x' and 'y'.

a = tf.constant(1)
b = tf.constant(1.0)
c = a + b
