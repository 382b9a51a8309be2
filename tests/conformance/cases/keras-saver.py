# tf.train.Saver over Keras (resource) weights: SaveV2 saves each variable's Read/ReadVariableOp, restore goes through Identity + AssignVariableOp on the handle; a var_list of model weights keyed by their names.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4], name="x")
y = tf.keras.layers.Dense(2)(x)
saver = tf.train.Saver()
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("save"):
        print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(saver.save(sess, "/tmp/model.ckpt"))
s2 = tf.train.Saver(var_list=tf.trainable_variables(), name="s2")
print([(op.name, op.type) for op in tf.get_default_graph().get_operations() if op.name.startswith("s2/")])
