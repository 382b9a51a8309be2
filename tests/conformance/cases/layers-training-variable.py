# tf.layers.dropout / batch_normalization with a tf.Variable `training`: tf_keras's smart_cond hands a
# Variable to tf.cond (strict), whose Switch reads the variable's ref; values with it False.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3], name="x")
training = tf.Variable(False, name="training", trainable=False)
d = tf.layers.dropout(x, 0.5, training=training)
b = tf.layers.batch_normalization(x, training=training)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
sess = tf.Session()
sess.run(tf.global_variables_initializer())
print(sess.run([d, b], {x: [[1, 2, 3], [4, 5, 6]]}))
