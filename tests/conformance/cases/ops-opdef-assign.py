# Assign / AssignAdd / AssignSub through their OpDefs: use_locking defaults differ by op type (true for
# Assign, false for AssignAdd/Sub; Variable.assign passes false), validate_shape is stored, the output
# is the ref; the merge error quotes every attr; the kernels read and write the variable.
import tensorflow as tf
v = tf.Variable([1.0, 2.0], name="v")
w = tf.get_variable("w", [2], initializer=tf.zeros_initializer())
ops = [v.initializer, w.initializer, v.assign([3.0, 4.0]).op, tf.assign(v, [1.0, 1.0]).op,
       tf.assign_add(v, [1.0, 1.0]).op, v.assign_sub([1.0, 1.0]).op, tf.assign(v, [1.0, 2.0, 3.0], validate_shape=False).op,
       tf.assign_add(w, [1.0, 1.0], use_locking=True).op]
for op in ops:
    print(op.name, op.type, op.get_attr("T"), op.get_attr("use_locking"), op.outputs[0].dtype, op.outputs[0].shape,
          op.get_attr("validate_shape") if op.type == "Assign" else "-")
try:
    tf.assign(v, [1.0, 2.0, 3.0])
except ValueError as err:
    print("ValueError", err)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(tf.assign_add(v, [1.0, 1.0])), sess.run(w))
