# tf.layers kernel/bias regularizers (callables): run when each variable is created, under <variable>/Regularizer/, losses in REGULARIZATION_LOSSES; a reused layer adds none.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4])
h = tf.layers.dense(x, 3, kernel_regularizer=lambda w: 0.01 * tf.nn.l2_loss(w), bias_regularizer=lambda b: tf.reduce_sum(b))
c = tf.layers.conv2d(tf.placeholder(tf.float32, [None, 5, 5, 2]), 2, 3, kernel_regularizer=lambda w: tf.reduce_sum(tf.abs(w)))
d = tf.layers.Dense(2, kernel_regularizer=lambda w: tf.reduce_mean(w))
y1 = d(h)
y2 = d(h)
for op in tf.get_default_graph().get_operations():
    if "Initializer" not in op.name and "Assign" not in op.name and not op.name.endswith("/read"):
        print(op.name, op.type)
print(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES))

e = tf.layers.dense(x, 3, name="dense", reuse=True, kernel_regularizer=lambda w: tf.reduce_sum(w))
print(len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))
