import tensorflow as tf

# Rule: shapes that do not broadcast fail when the op is built, with TF's
# shape-function message quoting the node and the input shapes.

a = tf.constant([1, 2])
b = tf.constant([1, 2, 3])
try:
    a + b
except ValueError as e:
    print(str(e).splitlines()[0])
c = tf.multiply(tf.ones([2, 3]), tf.ones([3, 2]))
