# tf.nn.relu, tf.nn.softmax and the tf.nn aliases keep the op names.
import tensorflow as tf
x = tf.constant([[1.0, 2.0]], name="x")
for t in [tf.nn.relu(x), tf.nn.softmax(x), tf.nn.tanh(x), tf.nn.sigmoid(x)]:
    print(t.name, t.op.type)
