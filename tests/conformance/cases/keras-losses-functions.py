# tf.keras's functional losses and accuracies on graph tensors: logits taken from a Softmax or
# Sigmoid output, probabilities clipped otherwise, label smoothing, sparse labels of both ranks.
import numpy as np
import tensorflow as tf

K = tf.keras.backend
labels = tf.constant([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]], name="labels")
logits = tf.constant([[1.0, 2.0, 0.5], [0.3, -1.0, 2.0]], name="logits")
probs = tf.nn.softmax(logits)
plain = tf.constant([[0.2, 0.7, 0.1], [0.5, 0.25, 0.25]], name="plain")
sparse = tf.constant([1, 0], name="sparse")
sparse2 = tf.constant([[1], [0]], name="sparse2")
bin_true = tf.constant([[1.0, 0.0], [0.0, 1.0]], name="bin_true")
bin_logits = tf.constant([[0.4, -1.2], [2.0, 0.1]], name="bin_logits")

results = {
    "cce_softmax": tf.keras.losses.categorical_crossentropy(labels, probs),
    "cce_plain": tf.keras.losses.categorical_crossentropy(labels, plain),
    "cce_logits": tf.keras.losses.categorical_crossentropy(labels, logits, from_logits=True),
    "cce_smooth": tf.keras.losses.categorical_crossentropy(labels, plain, label_smoothing=0.1),
    "scce": tf.keras.losses.sparse_categorical_crossentropy(sparse, probs),
    "scce_plain": tf.keras.losses.sparse_categorical_crossentropy(sparse2, plain),
    "bce_sigmoid": tf.keras.losses.binary_crossentropy(bin_true, tf.sigmoid(bin_logits)),
    "bce_plain": tf.keras.losses.binary_crossentropy(bin_true, tf.constant([[0.9, 0.2], [0.3, 0.6]])),
    "bce_smooth": tf.keras.losses.binary_crossentropy(bin_true, bin_logits, from_logits=True, label_smoothing=0.2),
    "mse": tf.keras.losses.mse(labels, plain),
    "mae": tf.keras.metrics.mean_absolute_error(labels, plain),
    "k_cce": K.categorical_crossentropy(labels, plain),
    "k_bce": K.binary_crossentropy(bin_true, tf.constant([[0.9, 0.2], [0.3, 0.6]])),
    "acc": tf.keras.metrics.categorical_accuracy(labels, plain),
    "sacc": tf.keras.metrics.sparse_categorical_accuracy(sparse2, plain),
    "sacc1": tf.keras.metrics.sparse_categorical_accuracy(sparse, plain),
    "bacc": tf.keras.metrics.binary_accuracy(bin_true, tf.constant([[0.9, 0.2], [0.3, 0.6]])),
}
for key, value in results.items():
    print(key, value)
with tf.Session() as sess:
    for key, value in sess.run(results).items():
        print(key, np.round(value, 5))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
