# AddN through the OpDef: its list input is checked inside the AddN scope (a refused list still
# consumes the name), bool is not in T's list, N and T are stored.
import tensorflow as tf
a = tf.constant([1.0, 2.0])
print(tf.add_n([a, a, a]), tf.add_n([a], name="one"), tf.add_n([a, a], name="s"))
for bad in ([a, tf.constant([1, 2])], [a, tf.constant([1.0, 2.0, 3.0])], [tf.constant([True]), tf.constant([False])]):
    try:
        print(tf.add_n(bad))
    except TypeError as err:
        print("TypeError", str(err).splitlines()[0])
    except ValueError as err:
        print("ValueError", str(err).splitlines()[0])
print(tf.add_n([a, a]).op.get_attr("N"), tf.add_n([a, a]).op.get_attr("T"))
print([op.name for op in tf.get_default_graph().get_operations()])
