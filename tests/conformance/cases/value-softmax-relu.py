import tensorflow as tf

# Rule: softmax normalises the last axis (each row sums to 1, in float32);
# relu clips negatives to zero and keeps the dtype. (Softmax is shown to 6
# decimals: with oneDNN, TF's first softmax in a process can differ from later
# ones in the last float32 digit.)

logits = tf.constant([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
probs = tf.nn.softmax(logits)
with tf.Session() as sess:
    print(probs.shape, probs.dtype.name)
    print(sess.run(tf.round(probs * 1000000)))
    print(sess.run(tf.nn.relu([-2.0, 0.0, 3.5])))
    print(sess.run(tf.nn.relu([-2, 5])))
