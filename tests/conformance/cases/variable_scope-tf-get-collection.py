# variable_scope_test testGetCollection: scope.get_collection filters by the scope name (a prefix that ends at a slash), so foo_ and foo stay apart.
import tensorflow as tf
_ = tf.get_variable("testGetCollection_a", [])
_ = tf.get_variable("testGetCollection_b", [], trainable=False)
with tf.variable_scope("testGetCollection_foo_") as scope1:
    _ = tf.get_variable("testGetCollection_a", [])
    _ = tf.get_variable("testGetCollection_b", [], trainable=False)
    print([v.name for v in scope1.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)])
    print([v.name for v in scope1.get_collection(tf.GraphKeys.GLOBAL_VARIABLES)])
with tf.variable_scope("testGetCollection_foo") as scope2:
    _ = tf.get_variable("testGetCollection_a", [])
    _ = tf.get_variable("testGetCollection_b", [], trainable=False)
    print([v.name for v in scope2.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)])
    print([v.name for v in scope2.get_collection(tf.GraphKeys.GLOBAL_VARIABLES)])
scope = tf.get_variable_scope()
print([v.name for v in scope.get_collection(tf.GraphKeys.GLOBAL_VARIABLES)])
print([v.name for v in scope.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)])
