# tf.scan, tf.foldl and tf.foldr (v1 functional_ops): names and values, with and without an
# initializer, reversed, and over nested elements.
import tensorflow as tf
elems = tf.constant([1, 2, 3, 4, 5, 6])
cumsum = tf.scan(lambda a, x: a + x, elems)
print(cumsum)
rev = tf.scan(lambda a, x: a + x, elems, reverse=True)
fib = tf.scan(lambda a, _: (a[1], a[0] + a[1]), elems, initializer=(tf.constant(0), tf.constant(1)))
print(rev, fib)
total = tf.foldl(lambda a, x: a + x, elems)
total_init = tf.foldl(lambda a, x: a + x, elems, initializer=tf.constant(100))
diff = tf.foldr(lambda a, x: a - x, elems)
diff_init = tf.foldr(lambda a, x: a - x, elems, initializer=tf.constant(0), name="fr")
nested = tf.foldl(lambda a, x: a + x[0] * x[1], (elems, elems), initializer=tf.constant(0))
print(total, total_init, diff, diff_init, nested)
with tf.Session() as sess:
    print(sess.run([cumsum, rev, fib]))
    print(sess.run([total, total_init, diff, diff_init, nested]))
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("scan/") or op.name.startswith("foldr/") or op.name.startswith("foldl/"):
        print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
