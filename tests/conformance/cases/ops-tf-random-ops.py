# random_ops_test: random_normal/uniform/truncated_normal/multinomial/shuffle/random_crop names, shapes, dtypes, seeds' attrs and errors.
import tensorflow as tf
tf.set_random_seed(7)
ops = [tf.random_normal([2, 3]), tf.random_uniform([4], 0, 10, dtype=tf.int32), tf.truncated_normal([2, 2], stddev=0.5, seed=3), tf.random_uniform([], maxval=2.0, dtype=tf.float64),
       tf.multinomial(tf.log([[0.5, 0.5]]), 5), tf.random_shuffle(tf.range(5)), tf.random_crop(tf.ones([4, 4, 3]), [2, 2, 3]), tf.random.categorical(tf.log([[0.5, 0.5]]), 4)]
for t in ops:
    print(t.name, t.get_shape(), t.dtype, t.op.get_attr("seed") if "seed" in t.op.node_def.attr else None, t.op.get_attr("seed2") if "seed2" in t.op.node_def.attr else None)
with tf.Session() as sess:
    vals = sess.run(ops)
    print([v.shape for v in vals], int(vals[1].min()) >= 0 and int(vals[1].max()) < 10, sorted(vals[5].tolist()), float(abs(vals[2]).max()) <= 1.0)
for bad in (lambda: tf.random_uniform([2], maxval=None, dtype=tf.int32), lambda: tf.random_normal([-1]), lambda: tf.random_crop(tf.ones([4, 4]), [5, 5]), lambda: tf.random_uniform([2], dtype=tf.string)):
    try:
        bad()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:200])
