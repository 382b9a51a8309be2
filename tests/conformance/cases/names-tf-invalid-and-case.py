# ops_test: unique names are case-insensitive (Foo_1 after foo, Bar_1 after bar); invalid op and scope names with TF's messages; name_scope values from other graphs.
import tensorflow as tf
g = tf.Graph()
print(g.unique_name("foo"), g.unique_name("Foo"))
with g.name_scope("bar"):
    print(g.unique_name("foo"))
with g.name_scope("Bar"):
    print(g.unique_name("foo"))
with g.as_default():
    for name in ["_invalid", "-invalid", "/invalid", "a b", "ok.name-1", "x>y"]:
        try:
            print(tf.no_op(name=name).name)
        except ValueError as e:
            print("ValueError:", e)
    with tf.name_scope("outer"):
        for name in ["_in", "-in", "in/", "a b", ".ok"]:
            try:
                with tf.name_scope(name) as s:
                    print(s)
            except ValueError as e:
                print("ValueError:", e)
    try:
        with tf.name_scope("_root"):
            pass
    except ValueError as e:
        print("ValueError:", e)
    print(tf.get_default_graph().get_name_scope())
