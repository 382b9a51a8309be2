# tf.device: canonical DeviceSpec strings, nesting, None and "", group's per-device NoOps, and the
# placement error a session run reports for a device other than the local CPU:0.
import tensorflow as tf
for f in [lambda: tf.control_dependencies([1.0])]:
    try:
        with f():
            pass
    except (TypeError, ValueError) as err:
        print(err)
try:
    tf.tuple([1.0])
except (TypeError, ValueError) as err:
    print(err)
try:
    tf.group(1.0)
except (TypeError, ValueError) as err:
    print(err)
for d in ["/cpu:0", "/gpu:1", "cpu:0", "/device:GPU:0", "/job:ps", "/job:ps/task:1", "", "/CPU:0", "/job:worker/replica:2/task:1/cpu:3"]:
    with tf.device(d):
        print(repr(tf.no_op().device))
with tf.device("/job:ps"):
    with tf.device("/cpu:0"):
        print(tf.no_op().device)
        with tf.device(None):
            print(repr(tf.no_op().device))
        with tf.device(""):
            print(repr(tf.no_op().device))
with tf.device("/cpu:0"):
    a = tf.constant(1.0)
with tf.device("/cpu:1"):
    b = tf.constant(2.0)
print(tf.group(a, b, name="g"))
for op in tf.get_default_graph().get_operations()[-5:]:
    print(op.name, op.device, [c.name for c in op.control_inputs])
with tf.Session() as s:
    s.run(a)
