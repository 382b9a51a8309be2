# tf.summary.*: summary_scope names the op and its tag (family prefixed, bad characters cleaned),
# SUMMARIES / custom collections, merge and merge_all, and the serialized Summary values.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4])
with tf.variable_scope('layer1'):
    h = tf.summary.histogram("X", x)
    tf.summary.scalar("loss", tf.reduce_mean(x))
    tf.summary.scalar("loss", tf.reduce_mean(x), family="fam")
    tf.summary.scalar("bad name!", tf.reduce_mean(x))
im = tf.reshape(x, [-1, 2, 2, 1])
tf.summary.image('input', im, 3)
tf.summary.text('t', tf.constant('a'))
tf.summary.audio('a', tf.zeros([1, 10]), 8000)
tf.summary.tensor_summary('ts', x)
tf.summary.scalar("other", tf.constant(2.5), collections=["mine"])
m = tf.summary.merge_all()
m2 = tf.summary.merge([m], name="combined")
print(tf.summary.merge_all("empty"))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], op.outputs[0].shape if op.outputs else '')
print(tf.get_collection(tf.GraphKeys.SUMMARIES))
print(tf.get_collection("mine"))
print(m, m2)
with tf.Session() as s:
    feed = {x: [[1., 2., 3., 4.], [-1., 0., 0.5, 1e-13]]}
    print(s.run(h, feed))
    print(s.run(tf.get_collection(tf.GraphKeys.SUMMARIES)[1:3], feed))
    print(s.run(tf.get_collection(tf.GraphKeys.SUMMARIES)[-1], feed))
    print(s.run(tf.get_collection(tf.GraphKeys.SUMMARIES)[-3], feed))
    print(s.run(tf.summary.merge(tf.get_collection(tf.GraphKeys.SUMMARIES)[:3]), feed))
    print(s.run(tf.summary.histogram("empty", tf.zeros([0]))))
    dup = tf.summary.merge([tf.summary.scalar("q", 1.0), tf.summary.scalar("q", 2.0, collections=[])])
    print(s.run(dup))
    try:
        s.run(tf.summary.histogram("nan", tf.constant([1.0, float("nan")])))
    except tf.errors.InvalidArgumentError as e:
        print([line for line in e.message.splitlines() if "Nan" in line])
    s.run(tf.summary.scalar("r", [1.0, 2.0]))
