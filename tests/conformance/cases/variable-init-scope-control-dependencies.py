# Variables made inside tf.control_dependencies: TF makes them under ops.init_scope, so neither
# their initial value, VariableV2 nor Assign gets the control inputs (a tensor made before does).
import tensorflow as tf
c = tf.no_op(name="c")
with tf.control_dependencies([c]):
    v = tf.Variable(1.0, name="v")
    w = tf.get_variable("w", [2], initializer=tf.zeros_initializer())
    x = tf.constant(3.0, name="x")
    u = tf.Variable(x, name="u")
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
