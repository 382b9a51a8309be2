# tf.device with a device function: the newest entry first, a function's result replacing the op's
# device (it sees op.device and op.type), outer strings merged under it, tf.device(None) ending
# the walk; variables placed by a function, the Initializer outside it.
import tensorflow as tf

def on_cpu_if_variable(op):
    return '/cpu:0' if op.type in ('VariableV2', 'Assign', 'Identity') else ''

def show(op):
    return op.device + '/replica:1' if op.device else '/job:ps'

with tf.device('/job:worker/task:1'):
    a = tf.constant(1.0, name="a")
    with tf.device(on_cpu_if_variable):
        v = tf.get_variable("v", [2], initializer=tf.ones_initializer())
        b = tf.add(a, 1.0, name="b")
        with tf.device('/gpu:1'):
            c = tf.multiply(a, 2.0, name="c")
            with tf.device(show):
                d = tf.identity(a, name="d")
        with tf.device(None):
            e = tf.identity(a, name="e")
    with tf.device(lambda op: '' if op.name.startswith('f') else '/cpu:0'):
        f = tf.identity(a, name="f")
        g = tf.identity(a, name="g")
    with tf.colocate_with(v):
        h = tf.identity(a, name="h")
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, repr(op.device))
