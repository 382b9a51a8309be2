# control_flow_ops_py_test testWhileWithMaximumIterations/testWhileStack/testWhileNested/testWhileCondExitControl: maximum_iterations, nested loop names, tuples of loop vars, TensorArray in a loop.
import tensorflow as tf
r = tf.while_loop(lambda i: i < 100, lambda i: i + 1, [tf.constant(0)], maximum_iterations=7)
print(r.name)
with tf.Session() as sess:
    print(sess.run(r))
def outer_body(i, acc):
    inner = tf.while_loop(lambda j, a: j < 3, lambda j, a: (j + 1, a + j), (tf.constant(0), acc), name="inner")
    return i + 1, inner[1]
out = tf.while_loop(lambda i, acc: i < 2, outer_body, (tf.constant(0), tf.constant(0)), name="outer")
print([t.name for t in out])
print(sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("outer/inner/") and op.type in ("Enter", "Exit")))
with tf.Session() as sess:
    print(sess.run(out))
ta = tf.TensorArray(tf.float32, size=4)
def body(i, ta):
    return i + 1, ta.write(i, tf.cast(i, tf.float32) * 2.0)
_, ta_out = tf.while_loop(lambda i, ta: i < 4, body, (tf.constant(0), ta), name="ta_loop")
st = ta_out.stack()
print(st.name, st.get_shape())
with tf.Session() as sess:
    print(sess.run(st).tolist())
d = {"a": tf.constant(1), "b": tf.constant(2.0)}
rd = tf.while_loop(lambda v: v["a"] < 5, lambda v: {"a": v["a"] + 1, "b": v["b"] * 2.0}, [d])
print(sorted(rd[0].keys()) if isinstance(rd, list) else sorted(rd.keys()))
