# core_test DenseTest testOutputShape/testCallOnPlaceHolder/testActivation: rank-N inputs, undefined last dimensions are ValueErrors, the activation names the output op.
import tensorflow as tf
dense = tf.layers.Dense(7, activation=tf.nn.relu, name="my_dense")
print(dense.apply(tf.random_uniform((5, 3), seed=1)).get_shape().as_list())
print(dense(tf.random_uniform((5, 2, 3), seed=1)).get_shape().as_list())
print(dense.apply(tf.random_uniform((1, 2, 4, 3), seed=1)).get_shape().as_list())
for shape in [None, [None, None], [None, None, None]]:
    try:
        tf.layers.Dense(4, name="ph")(tf.placeholder(dtype=tf.float32, shape=shape))
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0])
print(tf.layers.Dense(4, name="ph")(tf.placeholder(dtype=tf.float32, shape=[None, 3])))
print(tf.layers.Dense(4, name="ph")(tf.placeholder(dtype=tf.float32, shape=[None, None, 3])))
print(tf.layers.Dense(2, activation=tf.nn.relu, name="dense1")(tf.random_uniform((5, 3), seed=1)).op.name)
print(tf.layers.Dense(2, name="dense2")(tf.random_uniform((5, 3), seed=1)).op.name)
print(tf.layers.dense(tf.random_uniform((5, 3), seed=1), 2, activation=tf.nn.relu, name="fd").op.name)
v = tf.get_variable("X", initializer=tf.zeros_initializer(), shape=(1, 1))
x = tf.layers.Dense(1)(v)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(x, sess.run(x))
