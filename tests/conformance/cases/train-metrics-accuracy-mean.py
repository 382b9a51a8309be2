import tensorflow as tf

# Rule: tf.metrics.accuracy/mean/mean_squared_error/... cast and compare outside the
# metric's scope, then make local variables <name>/total and <name>/count (LOCAL_ and
# METRIC_VARIABLES), a DivNoNan `value` and `update_op`; the count's AssignAdd has a
# control dependency on the values. Incompatible shapes are a ValueError.

labels = tf.constant([1, 2, 3, 4])
preds = tf.constant([[1], [2], [0], [4]], tf.int64)
acc, acc_up = tf.metrics.accuracy(labels, preds)
print(acc, acc_up)
m, m_up = tf.metrics.mean(tf.constant([1.0, 2.0]), metrics_collections=["mc"], updates_collections="uc")
e = tf.metrics.mean_squared_error([1.0, 2.0], tf.constant([1.5, 3.0]))
r = tf.metrics.root_mean_squared_error([1.0, 2.0], tf.constant([1.5, 3.0]))
a = tf.metrics.mean_absolute_error([1.0, 2.0], tf.constant([1.5, 3.0]), name="mae")
print(tf.local_variables(), tf.get_collection(tf.GraphKeys.METRIC_VARIABLES), tf.get_collection("mc"), tf.get_collection("uc"))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.dtype.name for o in op.outputs], [o.shape for o in op.outputs], [x.name for x in op.control_inputs])
init = tf.local_variables_initializer()
print(init.name)
with tf.Session() as s:
    s.run(init)
    print(s.run([acc, m, e[0], r[0], a[0]]))
    print(s.run([acc_up, m_up, e[1], r[1], a[1]]))
    print(s.run([acc_up, m_up, e[1], r[1], a[1]]))
    print(s.run([acc, m, e[0], r[0], a[0]]))
tf.metrics.accuracy(tf.constant([1, 2]), tf.constant([1, 2, 3]))
