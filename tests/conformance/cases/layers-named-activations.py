# tf.layers activation given by Keras name: the op each builds (Relu, Sigmoid, Softmax, ... none for linear) and the unknown-name error.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4])
for act in ["relu", "sigmoid", "tanh", "softmax", "elu", "softplus", "softsign", "linear", "relu6", "exponential"]:
    try:
        y = tf.layers.dense(x, 3, activation=act, name="d_" + act)
        print(act, y.name)
    except ValueError as e:
        print(act, "error", e)
try:
    tf.layers.dense(x, 3, activation="nope")
except ValueError as e:
    print(e)
