# get_collection with a scope skips items without a name (e.g. strings).
import tensorflow as tf
tf.add_to_collection("c", "plain")
tf.add_to_collection("c", tf.constant(1, name="s1"))
print(tf.get_collection("c"), [t.name for t in tf.get_collection("c", "s")])
