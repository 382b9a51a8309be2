# ops_test testNameScope/testNameScopeLeadingUnderscore-free/testUniqueName/testGetUniqueNameKeepsOpsDistinct-ish/testNameStack/testNoScopeName/testEmptyScope: name scopes re-entered by their string, None and "" scopes, get_name_scope, unique_name mark_as_used.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    print(g.get_name_scope(), repr(g.unique_name("foo", mark_as_used=False)), g.unique_name("foo"), g.unique_name("foo", mark_as_used=False), g.unique_name("foo"))
    with g.name_scope("nested") as scope:
        print(scope, g.get_name_scope(), g.unique_name("bar"))
        with g.name_scope("") as s2:
            print(repr(s2), tf.constant(1, name="c").name)
        with g.name_scope(None) as s3:
            print(repr(s3), tf.constant(1, name="c").name)
        with g.name_scope(scope) as s4:
            print(s4, tf.constant(1).name)
        with g.name_scope("nested/") as s5:
            print(s5, tf.constant(1).name)
    with g.name_scope("nested") as again:
        print(again)
    with g.name_scope("a/b/") as ab:
        print(ab, tf.constant(1).name)
    for bad in ("bad name", "-x", "x:0"):
        try:
            with g.name_scope(bad):
                pass
            print("ok", bad)
        except ValueError as e:
            print("ValueError:", e)
    print(g.unique_name("nested"), g.unique_name("NESTED"), g.unique_name("Const"))
    with tf.name_scope("outer", values=[]):
        with tf.name_scope("inner", "default") as inner:
            print(inner)
        with tf.name_scope(None, "default") as d:
            print(d)
        with tf.name_scope(None, "default") as d2:
            print(d2)
