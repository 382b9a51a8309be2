import tensorflow as tf

# Rule: precision / recall open their variable scope, cast both inputs to bool, then
# true_positives/ and false_positives/ (or false_negatives/) each with a count
# variable, an assert_type NoOp, an Identity value and an AssignAdd; value and
# update_op are Selects whose 0 is a Const named value/e. tables_initializer is a
# NoOp init_all_tables.

p, p_up = tf.metrics.precision(tf.constant([True, False, True]), tf.constant([1, 1, 0]))
r, r_up = tf.metrics.recall([[1], [0], [1]], tf.constant([[1], [1], [0]]), name="rec")
tn = tf.metrics.true_negatives(tf.constant([0, 0, 1]), tf.constant([0, 1, 1]))
print(p, p_up, r, tn)
print(tf.local_variables())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.dtype.name for o in op.outputs], [o.shape for o in op.outputs], [x.name for x in op.control_inputs])
init = tf.local_variables_initializer()
print(init.name, tf.tables_initializer().name, tf.tables_initializer(name="t").type)
with tf.Session() as s:
    s.run(init)
    print(s.run([p, r, tn[0]]))
    print(s.run([p_up, r_up, tn[1]]))
    print(s.run([p_up, r_up, tn[1]]))
    print(s.run([p, r, tn[0]]))
tf.metrics.precision(tf.constant([True, False]), tf.constant([[1, 0, 1]]))
