# shape_invariants: a loop variable whose shape grows, TF's messages when the invariant is
# missing or does not fit, and the structure errors of body results.
import tensorflow as tf
i0 = tf.constant(0)
m0 = tf.ones([2, 2])
c = lambda i, m: i < 3
b = lambda i, m: [i + 1, tf.concat([m, m], axis=0)]
i, m = tf.while_loop(c, b, loop_vars=[i0, m0], shape_invariants=[i0.get_shape(), tf.TensorShape([None, 2])])
print(i, m)
with tf.Session() as sess:
    print(sess.run(m).shape)
def show(f):
    try:
        print("OK", f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e))
show(lambda: tf.while_loop(c, b, loop_vars=[i0, m0]))
show(lambda: tf.while_loop(lambda i: i < 10, lambda i: i, [tf.constant([1])], shape_invariants=[tf.TensorShape([2])]))
show(lambda: tf.while_loop(lambda i: i < 10, lambda i: i + 1, [i0], shape_invariants=[[2]]))
show(lambda: tf.while_loop(lambda i: i < 10, lambda i: i + 1, [i0], shape_invariants=[2]))
show(lambda: tf.while_loop(lambda i: i < 10, lambda i: (i + 1, i), [i0]))
show(lambda: tf.while_loop(lambda i, j: i < 10, lambda i, j: (i + 1,), [i0, i0]))
show(lambda: tf.while_loop(lambda i: i < 10, lambda i: tf.concat([i, i], 0), [tf.constant([1])]))
show(lambda: tf.while_loop(1, lambda i: i, [i0]))
show(lambda: tf.while_loop(lambda i: i < 10, 2, [i0]))
show(lambda: tf.while_loop(lambda i: i < 10, lambda i: i, []))
show(lambda: tf.while_loop(lambda i: i < 10, lambda i: i + 1, [i0], maximum_iterations=[3, 4]))
show(lambda: tf.while_loop(lambda i: i < 10, lambda i: i + 1, [i0], parallel_iterations=0))
show(lambda: tf.while_loop(lambda i: 5, lambda i: i + 1, [i0]))
show(lambda: tf.while_loop(lambda i: i < 10, lambda i: None, [i0]))
show(lambda: tf.while_loop(lambda i, p: i < 10, lambda i, p: (i + 1, [p[0], p[1]]), (i0, (i0, i0))))
show(lambda: tf.while_loop(lambda i, p: i < 10, lambda i, p: (i + 1, {"a": p["a"], "c": p["a"]}), (i0, {"a": i0, "b": i0})))
show(lambda: tf.while_loop(lambda i: i < 10, lambda i: i + 1, [i0], maximum_iterations=3, return_same_structure=True))
print(len(tf.get_default_graph().get_operations()))
print(tf.get_default_graph().get_operations()[-1].name)
