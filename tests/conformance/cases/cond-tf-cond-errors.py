# control_flow_ops_py_test testCondMissingArg/testCondTypeError/testCondNoneOutput/testCondGrad_1: errors for bad branches and predicates, a cond's gradient names and value.
import tensorflow as tf
x = tf.constant(10)
for args in ((tf.constant(True), lambda: x), (tf.constant(True), None, lambda: x)):
    try:
        tf.cond(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
try:
    tf.cond(tf.constant(True), lambda: tf.constant(1), lambda: tf.constant([1, 2]))
    print("mixed shapes ok")
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
try:
    tf.cond(tf.constant(True), lambda: tf.constant(1), lambda: tf.constant(1.0))
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
try:
    tf.cond(tf.constant(True), lambda: (tf.constant(1), tf.constant(2)), lambda: tf.constant(1))
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
try:
    tf.cond(tf.constant([True, False]), lambda: tf.constant(1), lambda: tf.constant(2))
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
xf = tf.constant(10.0)
pred = tf.less(1, 2)
fn1 = lambda: tf.identity(xf)
fn2 = lambda: tf.identity(xf)
r = tf.cond(pred, fn1, fn2)
grad = tf.gradients(r, [xf])[0]
print(r.name, grad.name, grad.op.type)
with tf.Session() as sess:
    print(sess.run(grad))
