# tf.transpose: its `perm` Const (reversed axes by default) inside a `transpose` scope; a Python
# value is converted there as `a`.
import tensorflow as tf
x = tf.constant([[1., 2., 3.], [4., 5., 6.]], name="x")
t1 = tf.transpose(x)
t2 = tf.transpose(x, [1, 0], name="swap")
t3 = tf.transpose([[1, 2]])
t4 = tf.transpose(tf.ones([2, 3, 4]), perm=[0, 2, 1])
t5 = tf.transpose(x, [0, 0])
p = tf.placeholder(tf.float32, [None, 5])
t6 = tf.transpose(p)
for t in [t1, t2, t3, t4, t5, t6]:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run([t1, t2, t3]))
for perm in [[0], [0, 2], [-1, 0]]:
    try:
        print(tf.transpose(x, perm))
    except ValueError as e:
        print(e)
q = tf.placeholder(tf.int32)
with tf.Session() as sess:
    for perm in [[0, 0], [0]]:
        try:
            sess.run(tf.transpose(x, q), {q: perm})
        except tf.errors.InvalidArgumentError as e:
            print([line for line in str(e).splitlines() if "perm" in line or "missing" in line or "vector" in line])
tf.transpose(x, [0, 2])
