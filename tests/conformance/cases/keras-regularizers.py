# Keras weight regularizers (kernel_regularizer=l2(...), bias_regularizer="l1"): nothing at call time and nothing in REGULARIZATION_LOSSES; every read of layer.losses / model.losses builds the losses again under <weight>/Regularizer in the current name scope; values through tf.add_n.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4], name="x")
d = tf.keras.layers.Dense(2, kernel_regularizer=tf.keras.regularizers.l2(0.01), bias_regularizer="l1",
                          kernel_initializer="ones", bias_initializer="ones")
y = d(x)
model = tf.keras.Sequential([tf.keras.layers.Dense(3, kernel_regularizer="l1_l2", kernel_initializer="ones", input_shape=(2,))])
n = len(tf.get_default_graph().get_operations())
print([op.name for op in tf.get_default_graph().get_operations() if "Regularizer" in op.name])
print(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES))
with tf.name_scope("outer"):
    ls = d.losses
print(ls, d.losses, model.losses)
for op in tf.get_default_graph().get_operations()[n:]:
    print(op.name, op.type, [i.name for i in op.inputs])
total = tf.add_n(d.losses + model.losses)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(round(float(sess.run(total)), 5), [round(float(v), 5) for v in sess.run(ls)])
