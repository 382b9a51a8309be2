# A captured scope re-entered inside another scope keeps its own variable prefix;
# its name scope is opened from its last component under the current name scope.
import tensorflow as tf
with tf.variable_scope("a") as sc:
    pass
with tf.variable_scope("b"):
    with tf.variable_scope(sc) as again:
        v = tf.get_variable("v", [1])
        c = tf.constant(1)
print(again.name, v.name, c.name)
