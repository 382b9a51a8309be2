import tensorflow as tf
x = tf.constant([1.0, 2.0])
try:
    y = tf.pack([x, x])
except Exception as e:
    print(type(e).__name__, e)
    y = tf.stack([x, x])
for name in ("mul", "scalar_summary", "merge_all_summaries"):
    try:
        getattr(tf, name)
    except AttributeError as e:
        print(e)
try:
    tf.train.SummaryWriter("logs")
except AttributeError as e:
    print(e)
print(hasattr(tf, "unpack"), hasattr(tf, "unstack"), y.name)
tf.histogram_summary("h", x)
