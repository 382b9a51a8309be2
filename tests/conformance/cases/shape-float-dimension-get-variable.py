# Python 3 true division in a variable shape (the Python 2 idiom `channels/groups`): TF refuses the
# float dimension with the type's repr in the message.
import tensorflow as tf

channels = 4
groups = 2
print(tf.get_variable("ok", shape=[3, channels // groups]).shape)
w = tf.get_variable("weights", shape=[3, 3, channels / groups, 8])
