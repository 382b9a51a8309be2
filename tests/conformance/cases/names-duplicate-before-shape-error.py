# An op named as-is ("a/") is checked for a valid node name and then for a duplicate before its
# shape function runs (Operation.from_node_def, TF_FinishOperation): those errors win.
import tensorflow as tf
c = tf.constant([1.0, 2.0], name="c")
with tf.name_scope("outer"):
    tf.constant(1.0, name="inner")
for f in [lambda: tf.matmul(c, c, name="outer/inner/"), lambda: tf.add(c, [1.0, 2.0, 3.0], name="c/"),
          lambda: tf.multiply(c, [1.0, 2.0, 3.0], name="-x/"), lambda: tf.reshape(c, [3], name="c/"),
          lambda: tf.identity(c, name="c/"), lambda: tf.subtract(c, [1.0, 2.0, 3.0], name="q/")]:
    try:
        print(f())
    except ValueError as e:
        print(str(e).splitlines()[0])
print([op.name for op in tf.get_default_graph().get_operations()])
