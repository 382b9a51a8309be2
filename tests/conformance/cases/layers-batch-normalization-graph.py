# tf.layers.batch_normalization graph: fused with training=True (AssignMovingAvg with a Const momentum), inference, unfused 2-D (moments, decay Const); variables, trainable flags, UPDATE_OPS.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4, 4, 3])
b = tf.layers.batch_normalization(x, training=True)
b2 = tf.layers.batch_normalization(x, training=False, name="bn")
h = tf.placeholder(tf.float32, [None, 5])
b3 = tf.layers.batch_normalization(h, training=True, momentum=0.9)
print(b, b2, b3)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
for v in tf.global_variables():
    print(v.name, v.shape, v in tf.trainable_variables())
print(tf.get_collection(tf.GraphKeys.UPDATE_OPS))
print(tf.get_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES))
