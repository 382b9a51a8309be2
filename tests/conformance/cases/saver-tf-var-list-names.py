# saver_test: var_list as a list (names from the ops, sorted), as a dict (its keys), two names for one variable, a scoped variable, the SaverDef names.
import tensorflow as tf
with tf.variable_scope("outer"):
    v0 = tf.Variable(10.0, name="v0")
v1 = tf.Variable(20.0, name="v1")
v2 = tf.get_variable("a_v2", [2])
s1 = tf.train.Saver([v1, v0, v2])
s2 = tf.train.Saver({"zz": v0, "aa": v1}, name="dict_saver")
g = tf.get_default_graph()
with tf.Session() as sess:
    print(sess.run(g.get_tensor_by_name("save/SaveV2/tensor_names:0")).tolist())
    print(sess.run(g.get_tensor_by_name("dict_saver/SaveV2/tensor_names:0")).tolist())
sd = s1.as_saver_def()
print(sd.filename_tensor_name, sd.save_tensor_name, sd.restore_op_name, sd.max_to_keep, sd.sharded, sd.keep_checkpoint_every_n_hours, sd.version)
sd2 = s2.as_saver_def()
print(sd2.filename_tensor_name, sd2.save_tensor_name, sd2.restore_op_name)
try:
    tf.train.Saver({"v0": v0, "v2": v0})
except ValueError as e:
    print("ValueError:", e)
try:
    tf.train.Saver([v0, v0])
except ValueError as e:
    print("ValueError:", e)
print([op.name for op in g.get_operations() if op.name.startswith("dict_saver/")])
s3 = tf.train.Saver([v1], sharded=True)
print(s3.as_saver_def().save_tensor_name, s3.as_saver_def().restore_op_name, s3.as_saver_def().sharded)
