# A while_loop counting to N with an external tensor entering the loop: TF's op names, the
# control inputs from the pivot, and the value in a session.
import tensorflow as tf
i = tf.constant(0)
step = tf.constant(2)
r = tf.while_loop(lambda i: i < 10, lambda i: i + step, [i])
print(r)
with tf.Session() as sess:
    print(sess.run(r))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
print(tf.get_default_graph().get_operation_by_name("while/Enter").get_attr("frame_name"))
print(tf.get_default_graph().get_operation_by_name("while/add/Enter").get_attr("is_constant"))
print(tf.get_default_graph().get_operation_by_name("while/Enter").get_attr("parallel_iterations"))
