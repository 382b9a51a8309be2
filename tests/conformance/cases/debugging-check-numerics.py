import numpy as np
import tensorflow as tf

# Rule: tf.verify_tensor_all_finite (v1) is a "VerifyFinite" scope holding CheckNumerics and an
# Identity ("control_dependency") run after it; CheckNumerics' gradient checks the gradient with
# a prefixed message; the run fails on a NaN or Inf with "<message> : Tensor had NaN values".

x = tf.placeholder(tf.float32, [None, 2], name="x")
w = tf.Variable([[1.0], [2.0]], name="w")
checked = tf.verify_tensor_all_finite(w, msg="bad w")
y = tf.matmul(x, checked)
z = tf.check_numerics(tf.log(y), message="log of y")
also = tf.debugging.assert_all_finite(z, "again", name="final")
g = tf.gradients(also, w)[0]
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
print(z.op.get_attr("message"), y.shape, also.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([also, g], {x: np.array([[1.0, 0.5]])}))
    try:
        sess.run(also, {x: np.array([[-1.0, 0.0]])})
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__, "log of y : Tensor had NaN values" in e.message)
try:
    tf.verify_tensor_all_finite(w, msg="a", message="b")
except ValueError as e:
    print(e)
