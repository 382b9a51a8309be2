# functional_ops_test / map_fn_test testMap_Simple/testMapShape/testMap_MultiOutput/testScan_Simple/testFoldl_Simple/testFoldr: the while-loop based ops' names, shapes and values.
import tensorflow as tf
elems = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], name="data")
r = tf.map_fn(lambda x: x * x, elems)
print(r.name, r.get_shape())
m2 = tf.map_fn(lambda x: (x, -x), elems, dtype=(tf.float32, tf.float32))
print([t.name for t in m2])
s = tf.scan(lambda a, x: a + x, elems)
s2 = tf.scan(lambda a, x: a * x, elems, initializer=tf.constant(1.0), reverse=True)
f = tf.foldl(lambda a, x: a + x, elems)
fr = tf.foldr(lambda a, x: a - x, elems, initializer=tf.constant(0.0))
print(s.name, s2.name, f.name, fr.name, s.get_shape(), f.get_shape())
m3 = tf.map_fn(lambda x: tf.reduce_sum(x), tf.ones([3, 4]), name="rows")
print(m3.name, m3.get_shape())
with tf.Session() as sess:
    print(sess.run(r).tolist(), [a.tolist() for a in sess.run(m2)])
    print(sess.run(s).tolist(), sess.run(s2).tolist(), sess.run(f), sess.run(fr), sess.run(m3).tolist())
try:
    tf.map_fn(lambda x: x, tf.constant(1.0))
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
