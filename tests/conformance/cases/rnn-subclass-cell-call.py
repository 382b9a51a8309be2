# An old-style RNNCell subclass overriding __call__(inputs, state, scope=None) with its own variable_scope and tf.get_variable: dynamic_rnn calls the scenario's __call__.
import tensorflow as tf


class OldCell(tf.nn.rnn_cell.RNNCell):
    def __init__(self, units):
        super().__init__()
        self.units = units

    @property
    def state_size(self):
        return self.units

    @property
    def output_size(self):
        return self.units

    def __call__(self, inputs, state, scope=None):
        with tf.variable_scope(scope or "old_cell"):
            w = tf.get_variable("w", [inputs.get_shape()[1] + self.units, self.units])
            out = tf.sigmoid(tf.matmul(tf.concat([inputs, state], 1), w))
        return out, out


x = tf.placeholder(tf.float32, [3, 4, 2])
outputs, last = tf.nn.dynamic_rnn(OldCell(5), x, dtype=tf.float32, scope="enc")
print(outputs, last)
print([v.name for v in tf.global_variables()])
for op in tf.get_default_graph().get_operations():
    if "old_cell" in op.name:
        print(op.name, op.type)
