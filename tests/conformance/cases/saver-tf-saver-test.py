# saver_test testBasic(graph part)/testVarListDict/testSaverDef/testMaxToKeep names/testSharded names/testDuplicateNames: the save/restore op names, saver_def fields, errors for bad var_lists.
import tensorflow as tf
v0 = tf.Variable(10.0, name="v0")
v1 = tf.Variable(20.0, name="v1")
saver = tf.train.Saver({"v0": v0, "v1": v1}, restore_sequentially=True)
sd = saver.saver_def
print(sd.filename_tensor_name, sd.save_tensor_name, sd.restore_op_name, sd.max_to_keep, sd.sharded, sd.keep_checkpoint_every_n_hours)
print(sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("save/")))
s2 = tf.train.Saver([v0, v1], max_to_keep=2, name="mysaver")
print(s2.saver_def.filename_tensor_name, s2.saver_def.max_to_keep, s2.saver_def.restore_op_name)
s3 = tf.train.Saver(sharded=True)
print(s3.saver_def.sharded, s3.saver_def.save_tensor_name, s3.saver_def.restore_op_name)
for bad in (lambda: tf.train.Saver({"v0": v0, "v0x": v0}), lambda: tf.train.Saver([v0, v0]), lambda: tf.train.Saver({"a": 1.0}), lambda: tf.train.Saver([])):
    try:
        bad()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:200])
with tf.Graph().as_default():
    try:
        tf.train.Saver()
    except ValueError as e:
        print("ValueError:", e)
    print(tf.train.Saver(allow_empty=True).saver_def.save_tensor_name if False else "allow_empty")
