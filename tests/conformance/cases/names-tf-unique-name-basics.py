# ops_test NameStackTest.testBasics: Graph.unique_name with and without mark_as_used, inside name scopes, None resets, re-opened scopes count on.
import tensorflow as tf
g = tf.Graph()
out = []
for n in ["foo", "foo", "foo", "foo", "foo_1", "foo_1", "foo_1_2"]:
    out.append(g.unique_name(n, mark_as_used=False))
    out.append(g.unique_name(n))
print(out)
with g.name_scope("bar"):
    print(g.unique_name("foo", mark_as_used=False), g.unique_name("foo"), g.unique_name("foo", mark_as_used=False), g.unique_name("foo"))
    with g.name_scope(None):
        print(g.unique_name("foo", mark_as_used=False), g.unique_name("foo"))
    with g.name_scope("baz"):
        print(g.unique_name("foo", mark_as_used=False), g.unique_name("foo"), g.unique_name("foo"))
    with g.name_scope("baz"):
        print(g.unique_name("foo", mark_as_used=False), g.unique_name("foo"), g.unique_name("foo"))
with g.name_scope("quux"):
    print(g.unique_name("foo", mark_as_used=False), g.unique_name("foo"))
with g.name_scope("bar"):
    with g.name_scope("baz"):
        print(g.unique_name("foo", mark_as_used=False), g.unique_name("foo"))
print(g.unique_name("foo", mark_as_used=False), g.unique_name("foo"), g.unique_name("bar", mark_as_used=False), g.unique_name("bar"))
