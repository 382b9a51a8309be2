# source: chenlijn/playground keras/exercise1/interface_to_tensorflow.py (the Keras blog's "Keras as a simplified interface to TensorFlow": standalone keras -> TF's tf.keras (backend, layers, losses for keras.objectives, metrics); 784/128/10 -> 8/6/3; MNIST replaced by numpy batches, two training steps instead of 1500, Python 2 print fixed)
import numpy as np
import tensorflow as tf
sess = tf.Session()

from tensorflow.keras import backend as K
K.set_session(sess)

img = tf.placeholder(tf.float32, shape = (None, 8))

from tensorflow.keras.layers import Dense

x = Dense(6, activation='relu')(img)
x = Dense(6, activation='relu')(x)
preds = Dense(3, activation='softmax')(x)


labels = tf.placeholder(tf.float32, shape=(None, 3))

from tensorflow.keras.losses import categorical_crossentropy
loss = tf.reduce_mean(categorical_crossentropy(labels, preds))

batch = (np.ones((4, 8), np.float32), np.eye(3, dtype=np.float32)[[0, 1, 2, 1]])

train_step = tf.train.GradientDescentOptimizer(0.5).minimize(loss)

init_op = tf.global_variables_initializer()
sess.run(init_op)

with sess.as_default():
    for i in range(2):
        train_step.run(feed_dict={img: batch[0], labels: batch[1], K.learning_phase(): 1})
        loss_ = sess.run([loss], feed_dict = {img: batch[0], labels: batch[1], K.learning_phase(): 0})
        print("loss: ", loss_[0] > 0)


# evaluate the model
from tensorflow.keras.metrics import categorical_accuracy as accuracy

acc_value = accuracy(labels, preds)
with sess.as_default():
    print(acc_value.eval(feed_dict={img: batch[0], labels: batch[1]}).shape)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
