# tf.concat of one tensor (not a list, or a list of one): an Identity named after `name` inside
# the scope `name` (`concat/concat`), after a throwaway `concat_dim` Const.
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3])
a = tf.concat(x, 1)
b = tf.concat([x], 0, name="joined")
with tf.name_scope("outer"):
    c = tf.concat(x, -1)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
print(a.name, b.name, c.name, a.shape)
