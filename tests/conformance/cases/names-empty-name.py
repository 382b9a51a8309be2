# name="" is not None: a wrapper's name_scope("") opens the root scope, and _apply_op_helper
# names an op whose name is "" by its type (tf.Variable -> VariableV2, zeros -> Fill after the
# invalid Const "" fails, tf.add -> AddV2 at the root); ops without a wrapper (tf.tanh,
# tf.multiply) stay in the current scope; a Const named "" is the scope itself ("s/").
import tensorflow as tf
v = tf.Variable(1.0, name='')
print(v.name, [op.name for op in tf.get_default_graph().get_operations()])
c = tf.constant([[1.0, 2.0]], name='c')
with tf.name_scope("s"):
    for f in [lambda: tf.Variable(c, name=''), lambda: tf.zeros([2], name=''), lambda: tf.ones([2], name=''),
              lambda: tf.add(c, c, name=''), lambda: tf.multiply(c, 2.0, name=''),
              lambda: tf.tanh(c, name=''), lambda: tf.sigmoid(c, name=''),
              lambda: tf.convert_to_tensor([1.0], name=''), lambda: tf.constant(1.0, name=''),
              lambda: tf.Variable(lambda: tf.constant(3.0), name='').initial_value]:
        print(f().name)
print([op.name for op in tf.get_default_graph().get_operations()])
try:
    tf.constant(1.0, name='')
except ValueError as e:
    print(str(e).splitlines()[0])
