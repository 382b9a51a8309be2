# get_collection(key, scope) keeps items whose name matches the scope regex from the start.
import tensorflow as tf
with tf.name_scope("s"):
    a = tf.constant(1, name="a")
b = tf.constant(2, name="sb")
tf.add_to_collection("c", a)
tf.add_to_collection("c", b)
print([t.name for t in tf.get_collection("c", scope="s")], [t.name for t in tf.get_collection("c", scope="s/")])
