# An op's name has no suffix; its output tensors are "<op>:0", "<op>:1", ...
import tensorflow as tf
c = tf.constant(1.0, name="c")
print(c.op.name, c.name, c.value_index)
