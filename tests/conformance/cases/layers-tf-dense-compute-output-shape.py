# core_test DenseTest.testComputeOutputShape and FlattenTest.testComputeShape: static output shapes and their errors.
import tensorflow as tf
dense = tf.layers.Dense(2, activation=tf.nn.relu, name="dense1")
ts = tf.TensorShape
for s in [ts(None), ts([]), ts([1])]:
    try:
        dense.compute_output_shape(s)
    except ValueError as e:
        print("ValueError:", e)
print(dense.compute_output_shape((None, 3)).as_list(), dense.compute_output_shape(ts([None, 3])).as_list(), dense.compute_output_shape(ts([None, 4, 3])).as_list())
print(tf.layers.Flatten().compute_output_shape((1, 2, 3, 2)).as_list(), tf.layers.Flatten().compute_output_shape((None, 3, 2)).as_list(), tf.layers.Flatten().compute_output_shape((None, 3, None)).as_list())
