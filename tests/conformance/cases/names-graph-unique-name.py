# Graph.unique_name uses the same counters as ops; mark_as_used=False only peeks.
import tensorflow as tf
g = tf.get_default_graph()
print(g.unique_name("foo"))
print(g.unique_name("foo", mark_as_used=False))
print(g.unique_name("foo"))
print(tf.constant(1, name="foo").name)
