# Graph.control_dependencies and Graph.device on a graph made default, mixed with tf.device / tf.control_dependencies.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    with g.control_dependencies([a]):
        b = tf.identity(a) + 1.0
    with g.device("/cpu:0"):
        c = tf.constant(2.0)
    with tf.device("/gpu:0"), g.device(None):
        d = tf.constant(3.0)
    with tf.control_dependencies([b]):
        e = tf.no_op()
    for op in g.get_operations():
        print(op.name, op.device, [x.name for x in op.control_inputs])
