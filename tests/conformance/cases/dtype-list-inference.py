# List dtype inference: ints -> int32, any float -> float32, bools -> bool, strings -> string.
import tensorflow as tf
for value in [[1, 2], [1, 2.0], [True, False], ["a", "b"], [[1.5], [2]]]:
    print(tf.constant(value).dtype)
