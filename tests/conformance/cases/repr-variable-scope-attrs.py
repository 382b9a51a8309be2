# A VariableScope's name, original_name_scope, reuse, dtype and initializer when nothing is set.
import tensorflow as tf
with tf.variable_scope("s") as sc:
    print(sc.name, sc.original_name_scope, sc.reuse, sc.dtype, sc.initializer)
