# A scope name may end in "\n" (TF's regexes end in `$`, which matches before a final newline),
# but an op inside it re-enters "a\n/Add/" as-is, which the same regex refuses: TF raises there.
import tensorflow as tf

x = tf.constant(1.0, name="x")
with tf.name_scope("a\n") as s:
    print(repr(s))
    try:
        tf.add(x, x)
    except ValueError as e:
        print("ValueError:", repr(str(e))[:70])
    print(len(tf.get_default_graph().get_operations()))
with tf.name_scope("b"):
    with tf.name_scope("_c/") as s2:
        print(repr(s2))
        y = tf.add(x, x)
        print(y.name)
