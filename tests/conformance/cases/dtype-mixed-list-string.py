# A list mixing strings and numbers cannot be converted.
import tensorflow as tf
try:
    tf.constant([1, "a"])
except (TypeError, ValueError) as e:
    print(str(e).splitlines()[0])
