# tf.keras.backend basics (floatx, epsilon, int_shape, ndim, image_data_format, learning_phase's keras_learning_phase placeholder, set_session/get_session, clear_session: a new graph, counts restarted) and tf.keras.activations by function and by get().
import tensorflow as tf
K = tf.keras.backend
x = tf.placeholder(tf.float32, [None, 3], name="x")
print(K.floatx(), K.epsilon(), K.int_shape(x), K.ndim(x), K.image_data_format())
lp = K.learning_phase()
print(lp, lp.op.type, [i.name for i in lp.op.inputs])
a = tf.keras.activations.relu(x)
b = tf.keras.activations.sigmoid(x)
c = tf.keras.activations.tanh(x)
d = tf.keras.activations.softmax(x)
e = tf.keras.activations.linear(x)
f = tf.keras.activations.get("elu")(x)
print(a, b, c, d, e, f)
sess = tf.Session()
K.set_session(sess)
print(K.get_session() is sess)
K.clear_session()
print(tf.get_default_graph().get_operations(), tf.keras.layers.Dense(2).name)
with tf.Session() as s2:
    print(s2.run(K.learning_phase()), s2.run(K.learning_phase(), {K.learning_phase(): True}))
    y = tf.constant([[1.0, -2.0, 3.0]])
    print(s2.run([tf.keras.activations.relu(y), tf.keras.activations.softmax(y), tf.keras.activations.get(None)(y)]))
