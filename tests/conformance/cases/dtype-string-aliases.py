# dtype strings: "float" is float32, "double" float64, "half" float16.
import tensorflow as tf
print(tf.placeholder("float").dtype, tf.as_dtype("double"), tf.as_dtype("half"), tf.as_dtype("float_ref"))
