# variable_scope_test testVarScopeDType: a scope's dtype is the default dtype of its variables, also when re-entered by object.
import tensorflow as tf
with tf.variable_scope("tower2") as tower:
    with tf.variable_scope("foo", dtype=tf.float16):
        v = tf.get_variable("v", [])
        print(v.dtype.base_dtype, v)
    with tf.variable_scope(tower, dtype=tf.float16):
        w = tf.get_variable("w", [])
        print(w.dtype.base_dtype, w)
print([op.name + ":" + op.type for op in tf.get_default_graph().get_operations()])
