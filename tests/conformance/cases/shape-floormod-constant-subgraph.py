# The shape refiner evaluates small constant subgraphs with FloorMod/FloorDiv (wavenet's time_to_batch
# padding): Pad and Reshape then know their static shapes, and tf.shape of the result is a Const.
import tensorflow as tf
value = tf.placeholder(tf.float32, [2, 19, 3])
dilation = 2
shape = tf.shape(value)
print(shape.op.type)
pad_elements = dilation - 1 - (shape[1] + dilation - 1) % dilation
padded = tf.pad(value, [[0, 0], [0, pad_elements], [0, 0]])
print(padded.shape)
reshaped = tf.reshape(padded, [-1, dilation, shape[2]])
print(reshaped.shape)
transposed = tf.transpose(reshaped, perm=[1, 0, 2])
r = tf.reshape(transposed, [shape[0] * dilation, -1, shape[2]])
print(r.shape)
s2 = tf.shape(r)
d = tf.reshape(r, [tf.div(s2[0], dilation), -1, s2[2]])
print(d.shape)
print(tf.shape(d).op.type, tf.floormod(tf.shape(value)[1], 0).op.type)
print(tf.reshape(value, [tf.floordiv(shape[1], 0) + 2, -1]).shape)
