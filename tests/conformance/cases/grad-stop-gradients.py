import tensorflow as tf

# Rule: stop_gradients ops and tf.stop_gradient (StopGradient is not
# differentiable) cut the walk: the gradient through them is missing, the rest
# is summed as usual.

a = tf.constant(2.0, name="a")
b = tf.constant(3.0, name="b")
c = a * b
d = tf.stop_gradient(a) * c + a
print(tf.gradients(d, [a, b]))
print(tf.gradients(d, [a, b], stop_gradients=[c]))
with tf.Session() as s:
    print(s.run(tf.gradients(d, [a, b])))
    print(s.run(tf.gradients(d, [a, b], stop_gradients=[c])[0]))
print([op.name for op in tf.get_default_graph().get_operations()])
