# Entering the same variable_scope object twice re-enters its scope.
import tensorflow as tf
scope = tf.variable_scope("a")
with scope as s1:
    c1 = tf.constant(1)
with scope as s2:
    c2 = tf.constant(1)
print(s1.name, s2.name, c1.name, c2.name)
