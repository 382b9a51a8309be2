# ops_test DeviceTest with device functions: a function sees each op; None stops outer entries; strings outside merge under its result; an overwriting function wins over inner strings.
import tensorflow as tf
g = tf.Graph()
seen = []
def overwrite(op):
    seen.append(op.name)
    return "/job:overwrite"
with g.as_default():
    ops = []
    with g.device(lambda op: "/job:worker/replica:2/device:CPU:1"):
        ops.append(tf.no_op(name="an_op"))
        with g.device(None):
            ops.append(tf.no_op(name="an_op"))
        ops.append(tf.no_op(name="an_op"))
    with g.device(overwrite):
        ops.append(tf.no_op(name="an_op"))
        with g.device("/job:ps"):
            ops.append(tf.no_op(name="an_op"))
        with g.device(None):
            with g.device("/job:ps"):
                ops.append(tf.no_op(name="an_op"))
    with tf.device("/job:ps"):
        with tf.device(lambda op: "/gpu:0"):
            ops.append(tf.constant(2).op)
    with tf.device(lambda op: "/cpu:0" if op.type == "Const" else "/gpu:0"):
        d = tf.constant(1.0) + 1.0
        ops.extend([d.op, d.op.inputs[0].op, d.op.inputs[1].op])
        v = tf.Variable(1.0, name="v")
        w = tf.get_variable("w", [2])
    ops.extend([v.op, v.initializer, v.value().op, w.op, w.initializer, w.initializer.inputs[1].op])
for op in ops:
    print(op.name, repr(op.device))
print(seen)
try:
    with g.as_default(), tf.device(lambda op: None):
        tf.constant(1)
except TypeError as e:
    print("TypeError:", e)
