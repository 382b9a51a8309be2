# core_test DenseTest: activity, kernel and bias regularizers add one REGULARIZATION_LOSSES entry each (layer.losses); reuse adds none.
import tensorflow as tf
regularizer = lambda x: tf.reduce_sum(x) * 1e-3
for kw in ["activity_regularizer", "kernel_regularizer", "bias_regularizer"]:
    with tf.Graph().as_default():
        dense = tf.layers.Dense(2, name="my_dense", **{kw: regularizer})
        dense(tf.random_uniform((5, 3), seed=1))
        loss_keys = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
        print(kw, len(loss_keys), [l.name for l in loss_keys], [l.name for l in dense.losses])
inputs = tf.random_uniform((5, 3), seed=1)
tf.layers.dense(inputs, 2, name="my_dense", kernel_regularizer=regularizer)
print(len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))
tf.layers.dense(inputs, 2, name="my_dense", kernel_regularizer=regularizer, reuse=True)
print(len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))
k_constraint = lambda x: x / tf.reduce_sum(x)
b_constraint = lambda x: x / tf.reduce_max(x)
dense = tf.layers.Dense(2, kernel_constraint=k_constraint, bias_constraint=b_constraint)
dense(inputs)
print(dense.kernel_constraint is k_constraint, dense.bias_constraint is b_constraint)
