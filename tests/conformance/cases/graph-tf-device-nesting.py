# ops_test DeviceTest: device strings merge field by field (inner wins), "" keeps the outer device, None clears it, wildcards stay.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    ops = []
    with g.device("/job:worker/replica:2"):
        ops.append(tf.no_op(name="an_op"))
        with g.device("/job:worker/replica:3/task:0"):
            ops.append(tf.no_op(name="an_op"))
        ops.append(tf.no_op(name="an_op"))
    with g.device("/job:worker/replica:2/device:CPU:1"):
        ops.append(tf.no_op(name="an_op"))
        with g.device("/job:worker/replica:2/device:GPU:2"):
            ops.append(tf.no_op(name="an_op"))
        with g.device(None):
            ops.append(tf.no_op(name="an_op"))
    with g.device("/device:GPU:0"):
        ops.append(tf.no_op(name="an_op"))
        with g.device("/job:worker"):
            ops.append(tf.no_op(name="an_op"))
            with g.device("/device:CPU:0"):
                ops.append(tf.no_op(name="an_op"))
                with g.device("/job:ps"):
                    ops.append(tf.no_op(name="an_op"))
                    with g.device(""):
                        ops.append(tf.no_op(name="an_op"))
    with g.device("/device:GPU:7"):
        ops.append(tf.no_op(name="an_op"))
        with g.device("/device:GPU:*"):
            ops.append(tf.no_op(name="an_op"))
    with g.device("/device:CPU:*"):
        ops.append(tf.no_op(name="an_op"))
        with g.device("/device:CPU:5"):
            ops.append(tf.no_op(name="an_op"))
    with tf.device("/job:worker/replica:2/task:0/device:CPU:3"):
        ops.append(tf.no_op(name="an_op"))
    with tf.device("/cpu:0"):
        ops.append(tf.no_op(name="an_op"))
    with tf.device("/gpu:1"):
        ops.append(tf.constant(1.0).op)
for op in ops:
    print(op.name, repr(op.device))
