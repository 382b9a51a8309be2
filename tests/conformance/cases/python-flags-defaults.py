# tf.app.flags / tf.flags: every flag holds its default, converted as absl converts it.
import tensorflow as tf
flags = tf.app.flags
flags.DEFINE_string("data_dir", "/tmp/data", "where the data is")
flags.DEFINE_integer("batch_size", "32", "batch size")
tf.flags.DEFINE_float("learning_rate", 1, "learning rate")
flags.DEFINE_boolean("train", "false", "train or not")
flags.DEFINE_bool("use_bn", True, "batch norm")
flags.DEFINE_list("layers", "64,32", "hidden sizes")
flags.DEFINE_enum("mode", "fast", ["fast", "slow"], "mode")
FLAGS = flags.FLAGS
print(FLAGS.data_dir, FLAGS.batch_size, FLAGS.learning_rate, FLAGS.train, FLAGS.use_bn, FLAGS.layers, FLAGS.mode)
FLAGS.batch_size = 64
x = tf.placeholder(tf.float32, [FLAGS.batch_size, int(FLAGS.layers[0])], name="x")
print(x)
try:
    FLAGS.nope
except AttributeError as e:
    print("AttributeError", e)
