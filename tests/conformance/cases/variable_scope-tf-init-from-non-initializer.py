# variable_scope_test testInitFromNonInitializer: integer and bool variables default to zeros, like zeros_initializer(dtype).
import tensorflow as tf
types = [tf.int8, tf.uint8, tf.int16, tf.uint16, tf.int32, tf.int64, tf.bool]
pairs = []
for i, dtype in enumerate(types):
    x = tf.get_variable(name="xx%d" % i, shape=(3, 4), dtype=dtype)
    y = tf.get_variable(name="yy%d" % i, shape=(3, 4), dtype=dtype, initializer=tf.zeros_initializer(dtype=dtype))
    pairs.append((x, y))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for x, y in pairs:
        print(x.name, y.name, (sess.run(x.value()) == sess.run(y.value())).all(), sess.run(x.value())[0])
print([op.name for op in tf.get_default_graph().get_operations()][:12])
