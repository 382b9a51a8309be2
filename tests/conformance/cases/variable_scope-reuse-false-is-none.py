# reuse=False is stored as False at the root but means "inherit" (None -> parent's value).
import tensorflow as tf
print(tf.get_variable_scope().reuse)
with tf.variable_scope("a", reuse=False) as a:
    print(a.reuse)
