# tf.train.Coordinator without threads: the stop flag, stop_on_exception, join re-raising the
# first reported exception, clean-stop types, clear_stop.
import tensorflow as tf

coord = tf.train.Coordinator()
print(coord.should_stop(), coord.joined)
with coord.stop_on_exception():
    x = tf.constant(1.0, name="before")
    raise ValueError("worker failed")
print(coord.should_stop())
coord.request_stop(RuntimeError("second"))  # ignored: the first exception is kept
try:
    coord.join([])
except ValueError as e:
    print("join raised", type(e).__name__, e)
print(coord.joined)
try:
    coord.raise_requested_exception()
except ValueError as e:
    print("raise_requested_exception", e)
coord.clear_stop()
print(coord.should_stop(), coord.joined, coord.wait_for_stop(0.01))

clean = tf.train.Coordinator(clean_stop_exception_types=(KeyError,))
with clean.stop_on_exception():
    raise KeyError("end of input")
print(clean.should_stop(), clean.wait_for_stop(0.01))
clean.join()
print("clean join", clean.joined)

try:
    coord.request_stop()
    coord.join(threads=None, stop_grace_period_secs=5)
    print("no exception")
    with coord.stop_on_exception():
        raise TypeError("after join")
except TypeError as e:
    print("after join raised", e)
print(repr(type(coord).__name__))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
