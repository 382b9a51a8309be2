# A tf.nn.rnn_cell.RNNCell subclass (state_size/output_size properties, build with add_weight, call) run by dynamic_rnn: its scope rnn/while/my_cell/, weights rnn/my_cell/kernel; and called directly.
import tensorflow as tf


class MyCell(tf.nn.rnn_cell.RNNCell):
    def __init__(self, units):
        super(MyCell, self).__init__()
        self._units = units

    @property
    def state_size(self):
        return self._units

    @property
    def output_size(self):
        return self._units

    def build(self, inputs_shape):
        depth = inputs_shape[-1]
        self.kernel = self.add_weight("kernel", [depth + self._units, self._units])
        self.built = True

    def call(self, inputs, state):
        out = tf.tanh(tf.matmul(tf.concat([inputs, state], 1), self.kernel))
        return out, out


x = tf.placeholder(tf.float32, [2, 5, 3])
cell = MyCell(4)
outputs, last = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
print(cell.name, outputs, last)
print([v.name for v in tf.global_variables()])
z = cell.zero_state(2, tf.float32)
y, s = cell(x[:, 0], z)
print(y, s)
print(len(tf.get_default_graph().get_operations()))
for op in tf.get_default_graph().get_operations():
    if "my_cell" in op.name:
        print(op.name, op.type)
