import tensorflow as tf

# Rule: <, <=, >, >= on tensors build Less/LessEqual/Greater/GreaterEqual ops
# giving bool tensors; they broadcast like arithmetic.

x = tf.constant([1, 5, 3])
with tf.Session() as sess:
    for t in (x < 3, x <= 3, x > 3, x >= 3, tf.less(x, [2, 2, 2]), tf.greater(x, 2)):
        print(t.op.type, t.dtype.name, sess.run(t))
