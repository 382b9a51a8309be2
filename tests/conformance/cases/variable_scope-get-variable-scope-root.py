# At the root, get_variable_scope() has name "" and original_name_scope "".
import tensorflow as tf
sc = tf.get_variable_scope()
print(repr(sc.name), repr(sc.original_name_scope), sc.reuse)
with tf.variable_scope("x"):
    print(tf.get_variable_scope().name)
