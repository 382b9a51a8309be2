# With a name given, default_name is ignored.
import tensorflow as tf
with tf.variable_scope("given", default_name="dflt") as sc:
    print(sc.name)
