# tf.keras in explicit graphs (tf.Graph().as_default(), as TF1 files do): Keras's name counts are per graph (dense again in a new graph), weights and variables_initializer land in their layer's graph, a session on that graph runs them.
import tensorflow as tf
g1 = tf.Graph()
with g1.as_default():
    x = tf.placeholder(tf.float32, [None, 3])
    y = tf.keras.layers.Dense(2)(x)
    y2 = tf.keras.layers.Dense(2)(y)
g2 = tf.Graph()
with g2.as_default():
    x = tf.placeholder(tf.float32, [None, 3])
    m = tf.keras.Sequential([tf.keras.layers.Dense(2, input_shape=(3,))])
    z = m(x)
    print([v.name for v in tf.global_variables()], z, m.name, tf.keras.layers.Dense(1).name)
print(y, y2, [v.name for v in g1.get_collection("variables")])
with tf.Session(graph=g2) as sess:
    sess.run(tf.variables_initializer(m.weights))
    print(sess.run(z, {x: [[0., 0., 0.]]}))
