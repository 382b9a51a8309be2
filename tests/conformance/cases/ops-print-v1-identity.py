# tf.Print (v1): a `Print` op passing its input through (data may hold Python values, made
# `data_<i>` Consts), its gradient going to the input only; the output keeps the input's shape.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3], name="x")
w = tf.Variable([[1.0], [2.0], [3.0]], name="w")
y = tf.matmul(x, w)
y = tf.Print(y, [y, "done", 7], "y: ", first_n=2, summarize=4)
z = tf.Print(y, [w])
print(y.name, y.op.type, y.shape, z.name, [t.name for t in z.op.inputs])
print(y.op.get_attr("message"), y.op.get_attr("first_n"), y.op.get_attr("summarize"), z.op.get_attr("summarize"))
loss = tf.reduce_sum(z * z)
g = tf.gradients(loss, [w, x])
print([t.name for t in g])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        print(sess.run([z, g[0]], {x: [[1.0, 0.0, 1.0], [0.5, 0.5, 0.5]]}))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
