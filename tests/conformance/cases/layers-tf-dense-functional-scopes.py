# core_test DenseTest functional: dense twice makes new variables; reuse=True (or a reused scope) shares them; a scope initializer sets the kernel only; a custom getter sees both; name=scope object.
import tensorflow as tf
inputs = tf.random_uniform((5, 3), seed=1)
tf.layers.dense(inputs, 2)
n1 = len(tf.global_variables())
tf.layers.dense(inputs, 2)
print(n1, len(tf.global_variables()), [v.name for v in tf.global_variables()])
tf.layers.dense(inputs, 2, name="my_dense")
vars1 = tf.trainable_variables()
tf.layers.dense(inputs, 2, name="my_dense", reuse=True)
print(vars1 == tf.trainable_variables())
with tf.variable_scope("scope"):
    tf.layers.dense(inputs, 2, name="my_dense")
    vars1 = tf.trainable_variables()
with tf.variable_scope("scope", reuse=True):
    out = tf.layers.dense(inputs, 2, name="my_dense")
    print(vars1 == tf.trainable_variables(), out.name)
with tf.variable_scope("iscope", initializer=tf.ones_initializer()):
    tf.layers.dense(inputs, 2)
called = [0]
def custom_getter(getter, *args, **kwargs):
    called[0] += 1
    return getter(*args, **kwargs)
with tf.variable_scope("test", custom_getter=custom_getter):
    tf.layers.dense(inputs, 2)
print(called[0])
with tf.variable_scope("test1") as scope:
    tf.layers.dense(inputs, 2, name=scope)
with tf.variable_scope("test2"):
    o = tf.layers.dense(inputs, 2)
print([v.name for v in tf.global_variables()][-6:], o.name)
g = tf.get_default_graph()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(g.get_tensor_by_name("iscope/dense/kernel:0")).tolist(), sess.run(g.get_tensor_by_name("iscope/dense/bias:0")).tolist())
