import tensorflow as tf
with tf.variable_scope("model"):
    v = tf.get_variable("v", [2])
tf.train.init_from_checkpoint("/nonexistent/model.ckpt", {"model/": "model/"})
