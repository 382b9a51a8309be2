# tf.keras.layers.BatchNormalization in graph mode with a Python `training`: fused (4-D) and unfused (2-D), training and inference; reads of the resource weights where TF makes them; the moving-average updates are deferred (nothing in UPDATE_OPS, no AssignMovingAvg ops); values.
import tensorflow as tf
x = tf.reshape(tf.range(2 * 2 * 2 * 3, dtype=tf.float32) / 7.0 - 1.0, [2, 2, 2, 3])
h = tf.reshape(tf.range(4 * 5, dtype=tf.float32) / 3.0, [4, 5])
b = tf.keras.layers.BatchNormalization()(x, training=True)
b1 = tf.keras.layers.BatchNormalization()(x, training=False)
b2 = tf.keras.layers.BatchNormalization(momentum=0.9)(h, training=False)
b3 = tf.keras.layers.BatchNormalization(center=False)(h, training=True)
print(b, b1, b2, b3)
for op in tf.get_default_graph().get_operations():
    if "Initializer" in op.name or "/Assign" in op.name or "IsInitialized" in op.name: continue
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
print(tf.get_collection(tf.GraphKeys.UPDATE_OPS))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in sess.run([b, b1, b2, b3]):
        print((v * 1000).round())
