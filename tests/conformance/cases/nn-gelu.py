# GELU as TF1 code reaches it (tf.compat.v1 has no tf.nn.gelu nor keras.activations.gelu): Keras's activation="gelu" (exact, Erf) on Dense and Activation layers; the ops under Gelu/ and values; tf.math.erf and its gradient (grad * 2/sqrt(pi) * exp(-x^2), Square after the incoming gradient); the gradient through GELU.
import tensorflow as tf
x = tf.constant([-3.0, -1.0, 0.0, 0.5, 1.0, 3.0], name="x")
a = tf.keras.layers.Activation("gelu")(x)
e = tf.math.erf(x)
d = tf.keras.layers.Dense(2, activation="gelu", kernel_initializer="ones")(tf.reshape(x, [3, 2]))
g = tf.gradients(e, x, grad_ys=tf.constant([1.0, 2.0, 0.5, -1.0, 0.25, 1.5]))
ga = tf.gradients(a, x)
print(a, e, d, g, hasattr(tf.nn, "gelu"), tf.math.erfc(x))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in sess.run([a, e, d, g[0], ga[0]]):
        print(v.round(5))
