# functional_ops_test testMap_Simple/testMap_MultiOutput/testScan_Simple/testScan_Reverse/testFoldl_Simple/testFoldr_Simple: names and values.
import tensorflow as tf
elems = tf.constant([1.0, 2.0, 3.0, 4.0])
m = tf.map_fn(lambda x: x * x, elems)
m2 = tf.map_fn(lambda x: (x, -x), elems, dtype=(tf.float32, tf.float32), name="pairs")
s = tf.scan(lambda a, x: a + x, elems)
s2 = tf.scan(lambda a, x: a * x, elems, initializer=tf.constant(1.0), reverse=True, name="rev")
f = tf.foldl(lambda a, x: a + x, elems)
f2 = tf.foldr(lambda a, x: a - x, elems, initializer=tf.constant(0.0), name="right")
print(m.name, m2[0].name, m2[1].name, s.name, s2.name, f.name, f2.name)
print(m.shape, s.shape, f.shape)
with tf.Session() as sess:
    print(sess.run([m, m2, s, s2, f, f2]))
