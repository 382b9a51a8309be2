# A bool variable without initializer is zeros (False) too.
import tensorflow as tf
v = tf.get_variable("b", [2], dtype=tf.bool)
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(v))
print([op.name for op in tf.get_default_graph().get_operations()])
