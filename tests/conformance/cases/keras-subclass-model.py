# A tf.keras.Model subclass holding layers made in __init__ (named dense, dense_1 at construction), called in call() under the model's name scope (net/dense/...); weights gathered from the layers it tracks.
import tensorflow as tf


class Net(tf.keras.Model):
    def __init__(self):
        super(Net, self).__init__()
        self.hidden = tf.keras.layers.Dense(8, activation="relu")
        self.out = tf.keras.layers.Dense(2)

    def call(self, inputs, training=False):
        return self.out(self.hidden(inputs))


x = tf.placeholder(tf.float32, [None, 4])
net = Net()
logits = net(x)
again = net(x)
print(net.name, logits, again)
print([v.name for v in net.trainable_variables])
print([v.name for v in tf.global_variables()])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
