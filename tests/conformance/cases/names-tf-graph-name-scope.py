# ops_test NameTest.testNameScope: the scope string from `as` names an op as-is; a name ending in "/" names it without the slash; "bar/" re-enters bar.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    with g.name_scope("foo") as foo:
        print(repr(foo))
        with g.name_scope("foo2") as foo2:
            print(repr(foo2))
        with g.name_scope(None) as empty1:
            print(repr(empty1))
            with g.name_scope("foo3") as foo3:
                print(repr(foo3))
        with g.name_scope("") as empty2:
            print(repr(empty2))
    print(tf.no_op().name)
    with g.name_scope("bar") as scope:
        print(tf.no_op().name, tf.no_op().name, tf.no_op(name=scope).name)
    with g.name_scope("baz") as scope:
        with g.name_scope("quux"):
            print(tf.no_op().name)
        with g.name_scope(scope):
            print(tf.no_op().name, tf.no_op(name=scope).name, tf.no_op(name="trailing/").name)
    with g.name_scope("bar"):
        print(tf.no_op().name)
    with g.name_scope("bar/"):
        print(tf.no_op().name)
    print(tf.constant(1, name="const_scope/").name, tf.identity(tf.constant(2), name="ident/").name)
