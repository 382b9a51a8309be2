# constant_initializer builds one Const "Initializer/Const".
import tensorflow as tf
v = tf.get_variable("v", [2], initializer=tf.constant_initializer(3.0))
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(v))
print([op.name for op in tf.get_default_graph().get_operations()])
