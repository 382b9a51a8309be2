# ops_test NameScopeTest testNameScope/testNameScopeWithTrailingSlash/testDuplicateNames, unique_name with mark_as_used.
import tensorflow as tf
g = tf.get_default_graph()
with tf.name_scope("a") as a:
    c1 = tf.constant(1, name="c")
    with tf.name_scope("b/") as b:
        c2 = tf.constant(1, name="c")
    with tf.name_scope(a):
        c3 = tf.constant(1, name="c")
    with tf.name_scope(None):
        c4 = tf.constant(1, name="c")
    with tf.name_scope(""):
        c5 = tf.constant(1, name="c")
with tf.name_scope("a"):
    c6 = tf.constant(1, name="c")
print(a, b, [t.name for t in [c1, c2, c3, c4, c5, c6]])
print(g.unique_name("a"), g.unique_name("a", mark_as_used=False), g.unique_name("x"), g.unique_name("x"))
with g.name_scope("a_1") as s:
    print(s, tf.constant(0).name)
print(tf.constant(0, name="a/c").name, tf.constant(0, name="A").name)
for bad in ["-bad", "has space", "a//b"]:
    try:
        with tf.name_scope(bad):
            tf.constant(0)
        print("ok", bad)
    except ValueError as e:
        print("ValueError:", e)
