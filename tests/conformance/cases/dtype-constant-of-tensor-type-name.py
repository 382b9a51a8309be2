import tensorflow as tf
t = tf.truncated_normal([2, 3], 0.0, 0.001)
for make in (lambda: tf.constant(t, dtype=tf.float32, name="c"),
             lambda: tf.constant([t, t], tf.float32),
             lambda: tf.constant([1.0, t]),
             lambda: tf.constant(tf.Variable(1.0), tf.float32)):
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
print(tf.constant(t.shape[0], tf.int32))
tf.constant([[t]], tf.float32)
