# Model.compile with a keras optimizer object (lr=), a Sequential model with a weight regularizer
# (its loss added to the total as training_v1 does), K.placeholder, then tf.gradients of the
# total loss and a tf.train step fed through the target placeholder.
import numpy as np
import tensorflow as tf
K = tf.keras.backend

model = tf.keras.Sequential([
    tf.keras.layers.Dense(3, activation="relu", input_shape=(4,),
                          kernel_regularizer=tf.keras.regularizers.l2(0.01)),
    tf.keras.layers.Dense(1, activation="sigmoid", name="prob"),
])
opt = tf.keras.optimizers.Adam(lr=0.01)
print(type(opt).__name__)
model.compile(optimizer=opt, loss="binary_crossentropy")
print(model.total_loss, model.optimizer is opt)
ph = K.placeholder(shape=(None, 4), name="extra")
ph2 = K.placeholder(ndim=2)
print(ph, ph2)
target = tf.get_default_graph().get_tensor_by_name("prob_target:0")
grads = tf.gradients(model.total_loss, model.trainable_weights)
step = tf.train.GradientDescentOptimizer(0.1).apply_gradients(zip(grads, model.trainable_weights))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    feed = {model.input: np.ones((2, 4), np.float32), target: np.array([[1.0], [0.0]], np.float32)}
    before = sess.run(model.total_loss, feed)
    sess.run(step, feed)
    print(before > 0, [g.shape for g in sess.run(grads, feed)])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
