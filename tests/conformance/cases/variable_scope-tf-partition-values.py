# Partitioned variables: a constant initializer value is sliced per shard; a tensor converts by concatenation; matmul reads it whole.
import tensorflow as tf
init = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
with tf.variable_scope("s", partitioner=tf.fixed_size_partitioner(2)):
    v = tf.get_variable("v", initializer=init)
    c = tf.get_variable("c", [3, 2], initializer=tf.constant_initializer(7.0))
    try:
        tf.get_variable("l", initializer=[[1, 2], [3, 4], [5, 6]], dtype=tf.int32)
    except ValueError as e:
        print("ValueError:", e)
    lst = tf.get_variable("l", initializer=tf.constant([[1, 2], [3, 4], [5, 6]]))
y = tf.matmul(v, tf.ones([2, 1]))
print(v.name, v.get_shape(), c.dtype, lst.dtype, y)
print([op.name for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(y).tolist(), sess.run(c.as_tensor()).tolist(), sess.run([p for p in lst]))
