# tf.keras.layers.BatchNormalization in graph mode with a Python `training`: fused (4-D) and unfused (2-D), training and inference; reads of the resource weights where TF makes them; the moving-average updates (AssignMovingAvg, AssignSubVariableOp reading after) are built but kept off UPDATE_OPS (layer.updates has them); values, and the moving statistics after running the updates.
import tensorflow as tf
x = tf.reshape(tf.range(2 * 2 * 2 * 3, dtype=tf.float32) / 7.0 - 1.0, [2, 2, 2, 3])
h = tf.reshape(tf.range(4 * 5, dtype=tf.float32) / 3.0, [4, 5])
bn = tf.keras.layers.BatchNormalization()
b = bn(x, training=True)
b1 = tf.keras.layers.BatchNormalization()(x, training=False)
b2 = tf.keras.layers.BatchNormalization(momentum=0.9)(h, training=False)
bn3 = tf.keras.layers.BatchNormalization(center=False)
b3 = bn3(h, training=True)
print(b, b1, b2, b3)
for op in tf.get_default_graph().get_operations():
    if "Initializer" in op.name or op.name.endswith("/Assign") or "IsInitialized" in op.name: continue
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
print(tf.get_collection(tf.GraphKeys.UPDATE_OPS), bn.updates, bn3.updates)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in sess.run([b, b1, b2, b3]):
        print((v * 1000).round())
    sess.run(bn.updates + bn3.updates)
    print([(v * 1000).round() for v in sess.run(bn.weights + bn3.weights)])
