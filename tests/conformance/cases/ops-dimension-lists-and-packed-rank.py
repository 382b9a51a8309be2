import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3, 5])
_, h, w = x.shape
print(repr(h), type(h).__name__)
a = tf.constant([h, w * 2], tf.int32)
b = tf.convert_to_tensor([h, 4], dtype=tf.int64, name="dims")
c = tf.constant([[h]], tf.int32)
v = tf.Variable(tf.ones([2, 2]))
s = tf.reduce_sum([tf.reduce_prod(tf.shape(x)), tf.reduce_prod(tf.shape(v))])
m = tf.reduce_mean([x[0, 0, 0], 2.0])
with tf.name_scope("count"):
    n = tf.reduce_max([tf.size(x), 7])
for bad in ([h], [w, 1.5]):
    try:
        tf.constant(bad, tf.float32)
    except TypeError as e:
        print("TypeError", e)
try:
    tf.constant([h, w])
except TypeError as e:
    print("TypeError", str(e)[:60])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([a, b, c, s, n]))

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
