# get_variable/Variable shape handling: validate_shape=False, constant initializers with fewer values, shape from a TensorShape or Dimension list, expected_shape.
import tensorflow as tf
cases = [
    lambda: tf.get_variable("a", [2, 2], initializer=tf.constant_initializer([1, 2])),
    lambda: tf.get_variable("b", tf.TensorShape([2, 3])),
    lambda: tf.get_variable("c", [tf.Dimension(2), 3]),
    lambda: tf.get_variable("d", initializer=tf.placeholder(tf.float32, [None, 2]), validate_shape=False),
    lambda: tf.get_variable("e", initializer=tf.placeholder(tf.float32, [None, 2])),
    lambda: tf.Variable(tf.placeholder(tf.float32, [None]), validate_shape=False, name="f"),
    lambda: tf.Variable(tf.placeholder(tf.float32, [None]), name="g"),
    lambda: tf.get_variable("h", [2, None]),
    lambda: tf.get_variable("i", [-1, 2]),
    lambda: tf.Variable([1.0, 2.0], shape=[None], name="j"),
    lambda: tf.Variable([1.0, 2.0], shape=[3], name="k"),
]
for f in cases:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
