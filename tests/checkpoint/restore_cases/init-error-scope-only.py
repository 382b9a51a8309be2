# checkpoint: fixtures/adam/model.ckpt
import tensorflow as tf

with tf.variable_scope("net/hidden"):
    w1 = tf.get_variable("kernel", [4, 3])
tf.train.init_from_checkpoint("fixtures/adam/model.ckpt", {"model/hidden": "net/hidden/"})
