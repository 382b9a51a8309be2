# ops_test NameStackTest.testOutOfOrderUniqueName: an explicit foo_2 is skipped when foo is counted up.
import tensorflow as tf
g = tf.Graph()
print(g.unique_name("foo_2"), g.unique_name("foo"), g.unique_name("foo"), g.unique_name("foo"))
with g.as_default():
    a = tf.constant(1, name="c_2")
    print([tf.constant(1, name="c").name for _ in range(4)], a.name)
