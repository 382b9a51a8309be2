# summary_ops_test: summary op names and tags under name scopes and family, collections, merge and merge_all, invalid names.
import tensorflow as tf
x = tf.constant(1.0)
s1 = tf.summary.scalar("loss", x)
with tf.name_scope("outer"):
    s2 = tf.summary.scalar("loss", x)
    s3 = tf.summary.histogram("weights", tf.ones([3]))
    s4 = tf.summary.scalar("acc", x, family="fam")
s5 = tf.summary.scalar("loss", x, collections=["mine"])
s6 = tf.summary.image("img", tf.zeros([1, 4, 4, 3]), max_outputs=2)
s7 = tf.summary.scalar("has space", x)
s8 = tf.summary.text("t", tf.constant("hi"))
print([s.name for s in (s1, s2, s3, s4, s5, s6, s7, s8)])
print([s.op.inputs[0].op.name for s in (s1, s2, s4)], s1.op.type, s3.op.type, s6.op.type)
print([s.name for s in tf.get_collection(tf.GraphKeys.SUMMARIES)], [s.name for s in tf.get_collection("mine")])
m = tf.summary.merge([s1, s2])
ma = tf.summary.merge_all()
mm = tf.summary.merge_all(key="mine")
print(m.name, ma.name, mm.name, tf.summary.merge_all(key="nothing"))
with tf.Session() as sess:
    print(len(sess.run(m)) > 0, type(sess.run(s1)).__name__)
