# dtypes_test testEquality-ish: a DType equals its name, numpy type and as_dtype result; membership and dict lookup.
import tensorflow as tf
import numpy as np
x = tf.constant(1.0)
print(x.dtype == np.float32, x.dtype == "float32", x.dtype != tf.float64, x.dtype == tf.float32_ref if hasattr(tf, "float32_ref") else None, tf.as_dtype(np.float32) == tf.float32)
print(tf.float32 in [tf.float32, tf.int32], tf.float32 in ("float32",), {tf.float32: 1}[tf.float32])
