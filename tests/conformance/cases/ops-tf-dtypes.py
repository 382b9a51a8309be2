# dtypes_test: as_dtype of names and numpy types, base_dtype/real_dtype, is_integer/is_floating/is_unsigned, min/max, size, ref types, errors.
import tensorflow as tf
import numpy as np
for name in ("float32", "float64", "int32", "uint8", "int64", "bool", "string", "float16", "bfloat16", "complex64", "int8", "uint16"):
    d = tf.as_dtype(name)
    print(d, d.name, d.is_integer, d.is_floating, d.is_unsigned, d.is_bool, d.is_complex, d.is_quantized, d.size if name != "string" else None)
print(tf.as_dtype(np.float32), tf.as_dtype(np.int64), tf.as_dtype(np.bool_), tf.as_dtype(tf.float32) is tf.float32)
print(tf.float32.min, tf.float32.max, tf.int8.min, tf.int8.max, tf.uint8.max, tf.float16.max)
print(tf.complex64.real_dtype, tf.float32.real_dtype, tf.int32.as_datatype_enum, tf.float32_ref.as_datatype_enum if hasattr(tf, "float32_ref") else None, tf.uint64.max, tf.float64.min, tf.float32.as_datatype_enum)
print(tf.float32.is_compatible_with(tf.float32), tf.float32.is_compatible_with(tf.int32))
v = tf.Variable(1.0)
print(v.dtype, v.dtype.base_dtype, v.dtype._is_ref_dtype if False else None, v.dtype == tf.float32, v.dtype.base_dtype == tf.float32, v.value().dtype)
for bad in ("nope", 17.5, None):
    try:
        tf.as_dtype(bad)
    except TypeError as e:
        print("TypeError:", str(e).splitlines()[0])
print(tf.float32 == "float32", tf.float32 != tf.float64, sorted([tf.int32.name, tf.float32.name]), {tf.float32: 1}.get(tf.as_dtype("float32")))
