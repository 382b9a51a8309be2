# tf.cond's errors with TF's messages: structures that differ (nest's ValueError/TypeError),
# dtypes that differ, a Python bool predicate, non-callable branches, a branch returning None or
# nothing, a non-bool or non-scalar predicate, fn1/fn2 conflicts; and which cond_N names and ops
# each failed attempt leaves behind.
import tensorflow as tf
p = tf.placeholder(tf.bool, [], name="p")
x = tf.constant(1.0)
def attempt(f):
    try:
        r = f()
        print("OK", r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace("\n", "|"))
attempt(lambda: tf.cond(p, lambda: (x, x), lambda: x))
attempt(lambda: tf.cond(p, lambda: [x, x], lambda: (x, x)))
attempt(lambda: tf.cond(p, lambda: [x, x], lambda: [x, x, x]))
attempt(lambda: tf.cond(p, lambda: {"a": x}, lambda: {"b": x}))
attempt(lambda: tf.cond(p, lambda: [x], lambda: x, strict=True))
attempt(lambda: tf.cond(p, lambda: x, lambda: tf.constant(1)))
attempt(lambda: tf.cond(True, lambda: x, lambda: x))
attempt(lambda: tf.cond(p, 1, lambda: x))
attempt(lambda: tf.cond(p, lambda: x, 2))
attempt(lambda: tf.cond(p, lambda: None, lambda: x))
attempt(lambda: tf.cond(p, lambda: x, lambda: None))
attempt(lambda: tf.cond(p, lambda: [], lambda: []))
attempt(lambda: tf.cond(tf.constant(1), lambda: x, lambda: x))
attempt(lambda: tf.cond(1, lambda: x, lambda: x))
attempt(lambda: tf.cond(p, lambda: x))
attempt(lambda: tf.cond(p, lambda: x, lambda: x, fn1=lambda: x))
attempt(lambda: tf.cond(p, fn1=lambda: x, fn2=lambda: 2.0))
attempt(lambda: tf.cond(p, lambda: (x, None), lambda: (x, None)))
attempt(lambda: tf.cond(tf.constant([True, False]), lambda: x, lambda: x))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
