# random_normal_initializer builds random_normal/{shape,mean,stddev,RandomStandardNormal,mul}.
import tensorflow as tf
v = tf.get_variable("v", [2], initializer=tf.random_normal_initializer())
print([op.name for op in tf.get_default_graph().get_operations()])
