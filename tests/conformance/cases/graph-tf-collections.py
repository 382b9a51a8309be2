# ops_test CollectionTest: collections keep insertion order; get_collection(key, scope) keeps items whose name starts with the scope.
import tensorflow as tf
g = tf.Graph()
g.add_to_collection("key", 12)
g.add_to_collection("other", "foo")
g.add_to_collection("key", 34)
g.add_to_collection("blah", 27)
with g.as_default():
    with tf.name_scope("prefix"):
        blank1 = tf.constant(1, name="foo")
    with tf.name_scope("junk"):
        blank2 = tf.constant(2, name="foo")
    prefixed = tf.constant(3, name="prefix_other")
g.add_to_collection("blah", blank1)
g.add_to_collection("blah", blank2)
g.add_to_collection("blah", prefixed)
print(g.get_collection("other"), g.get_collection("key"), g.get_collection("nothing"))
print(g.get_collection("blah"))
print(g.get_collection("blah", "prefix"), g.get_collection("blah", "prefix/"))
g.add_to_collections(["k1", "k2"], 5)
print(g.get_collection("k1"), g.get_collection("k2"), sorted(g.get_all_collection_keys()))
ref = g.get_collection_ref("key")
ref.append(56)
print(g.get_collection("key"), g.get_collection("key") is ref, g.get_collection_ref("key") is ref)
with tf.Graph().as_default():
    tf.add_to_collection("key", 90)
    tf.add_to_collection("key", 100)
    print(tf.get_collection("key"))
    g.clear_collection("key")
    print(g.get_collection("key"))
