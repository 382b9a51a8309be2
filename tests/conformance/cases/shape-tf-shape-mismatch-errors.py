# math_ops_test/ array_ops_test shape errors: matmul inner dims, add broadcast, reshape size, concat rank, set_shape incompatibility.
import tensorflow as tf
tests = [
    lambda: tf.matmul(tf.ones([2, 3]), tf.ones([4, 5])),
    lambda: tf.add(tf.ones([2, 3]), tf.ones([4, 3])),
    lambda: tf.reshape(tf.ones([2, 3]), [4, 2]),
    lambda: tf.concat([tf.ones([2, 3]), tf.ones([2])], 0),
    lambda: tf.ones([2, 3]).set_shape([3, 2]),
    lambda: tf.squeeze(tf.ones([2, 3]), axis=[0]),
    lambda: tf.transpose(tf.ones([2, 3]), [0, 2]),
    lambda: tf.tile(tf.ones([2, 3]), [2]),
    lambda: tf.expand_dims(tf.ones([2]), 3),
    lambda: tf.split(tf.ones([5, 2]), 2),
    lambda: tf.slice(tf.ones([2, 3]), [0, 0], [3, 1]),
    lambda: tf.gather(tf.ones([2, 3]), [0], axis=2),
]
for index, fn in enumerate(tests):
    try:
        fn()
        print(index, "ok")
    except ValueError as e:
        print(index, "ValueError:", str(e).splitlines()[0])
