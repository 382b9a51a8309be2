# A TensorArray clears an element after its first read (clear_after_read=True by default): a
# second read of it fails at run time with TF's message, naming the array `<op>_<n>`.
import tensorflow as tf
ta = tf.TensorArray(tf.float32, size=2).unstack([[1.0], [2.0]])
a = ta.read(1)
with tf.control_dependencies([a]):
    b = ta.read(1, name="again")
with tf.Session() as sess:
    print(sess.run(a))
    try:
        sess.run([a, b])
    except tf.errors.InvalidArgumentError as e:
        print([line for line in e.message.splitlines() if line.startswith("TensorArray ")])
sp = tf.TensorArray(tf.float32, size=2).split(tf.constant([1.0, 2.0, 3.0]), [1, 2])
with tf.Session() as sess:
    try:
        sess.run(sp.read(0))
    except tf.errors.InvalidArgumentError as e:
        print([line for line in e.message.splitlines() if line.startswith("TensorArray ")])
