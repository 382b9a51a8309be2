import tensorflow as tf

# Rule: assigning a value of another shape fails at graph-build time (the
# Assign op validates shapes).

v = tf.Variable([1, 2, 3], name="v")
a = v.assign([1, 2])
