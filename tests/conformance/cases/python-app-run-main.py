# tf.app.run(main, argv) calls main(argv) with the flags at their defaults, then ends the program.
import tensorflow as tf
flags = tf.app.flags
flags.DEFINE_integer("hidden", 4, "units")
FLAGS = flags.FLAGS
def main(argv):
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    with tf.variable_scope("layer"):
        w = tf.get_variable("w", [2, FLAGS.hidden])
    print(w.name, w.shape, len(argv))
if __name__ == "__main__":
    tf.app.run(main=main, argv=["model.py"])
print("not reached")
