# Keras layers in graph mode with activity_regularizer: the loss built in the call's scope (ActivityRegularizer/...), in layer.losses, not in REGULARIZATION_LOSSES.
import tensorflow as tf
x = tf.ones([4, 3])
d = tf.keras.layers.Dense(2, activity_regularizer=tf.keras.regularizers.l2(0.01), name="kd")
y = d(x)
y2 = d(x)
print(y, [l.name for l in d.losses], tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES))
print([op.name for op in tf.get_default_graph().get_operations() if "ActivityRegularizer" in op.name])
c = tf.keras.layers.Conv2D(2, 3, activity_regularizer=lambda t: tf.reduce_sum(t), name="kc")
z = c(tf.ones([1, 5, 5, 1]))
print([l.name for l in c.losses])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([round(float(v), 4) for v in sess.run([l for l in d.losses])] and len(d.losses))
