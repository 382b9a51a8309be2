# add_to_collection / get_collection keep items in order; get_collection_ref is the live list.
import tensorflow as tf
a = tf.constant(1, name="a")
b = tf.constant(2, name="b")
tf.add_to_collection("mine", a)
tf.add_to_collection("mine", b)
print([t.name for t in tf.get_collection("mine")], tf.get_collection("none"))
ref = tf.get_default_graph().get_collection_ref("mine")
print(len(ref))
