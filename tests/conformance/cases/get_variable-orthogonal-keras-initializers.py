# tf.orthogonal_initializer: random_normal of the flattened (rows, cols) shape (cols, rows when
# wider, then matrix_transpose), Qr, DiagPart, Sign, `mul`, Reshape and the gain's `mul_1`.
# tf.keras.initializers are tf-keras's v1 ones: RandomNormal/TruncatedNormal stddev 0.05,
# RandomUniform in [-0.05, 0.05), he/lecun VarianceScaling, the rest init_ops' classes; identity is
# `gain * eye` (`eye/` ops and a `mul`) for a 2-D shape.
import tensorflow as tf
K = tf.keras.initializers
a = tf.get_variable("a", [4, 3], initializer=tf.orthogonal_initializer())
b = tf.get_variable("b", [2, 5], initializer=tf.initializers.orthogonal(gain=2.0))
c = tf.get_variable("c", [2, 2, 3], initializer=K.Orthogonal())
ks = [K.RandomNormal(), K.random_normal(stddev=1.0), K.TruncatedNormal(), K.RandomUniform(), K.uniform(),
      K.he_normal(), K.he_uniform(seed=1), K.lecun_normal(), K.lecun_uniform(), K.glorot_uniform(), K.glorot_normal(),
      K.zeros(), K.Ones(), K.Constant(3.0), K.VarianceScaling(scale=2.0), K.normal(), K.truncated_normal()]
vs = [tf.get_variable("k%d" % i, [5, 2], initializer=k) for i, k in enumerate(ks)]
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
consts = [op.outputs[0] for op in tf.get_default_graph().get_operations() if op.type == "Const" and "shape" not in op.name]
eye3 = tf.constant([[1., 0., 0.], [0., 1., 0.], [0., 0., 1.]])
with tf.Session() as sess:
    print([(t.op.name, v.tolist()) for t, v in zip(consts, sess.run(consts))])
    sess.run(tf.global_variables_initializer())
    qa, qb = sess.run([a, b])
    print(qa.shape, qb.shape, sess.run(tf.reduce_all(tf.abs(tf.matmul(a, a, transpose_a=True) - eye3) < 1e-5)))
    print(sess.run(tf.reduce_all(tf.abs(tf.matmul(b, b, transpose_b=True) - [[4., 0.], [0., 4.]]) < 1e-4)))
i1 = tf.get_variable("i1", [2, 3], initializer=tf.initializers.identity())
i2 = tf.get_variable("i2", [3, 3], initializer=K.Identity(gain=2.0))
print([(op.name, op.type) for op in tf.get_default_graph().get_operations() if op.name.startswith("i")])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([i1, i2]))
try:
    tf.get_variable("i3", [3], initializer=tf.initializers.identity())
except ValueError as error:
    print(error)
