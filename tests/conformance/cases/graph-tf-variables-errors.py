# variables_test testVariableEquivalence/testUnknownShape/testOperators/testColocation/testTrainableInProto/testInitializerFunction errors: no initial value, bad validate_shape, callables, operators' op names.
import tensorflow as tf
try:
    tf.Variable()
except ValueError as e:
    print("ValueError:", e)
try:
    tf.Variable(initial_value=1.0, dtype="nope")
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
v = tf.Variable(lambda: tf.constant([1.0, 2.0]), name="fromfn")
print(v.initial_value.name, v.get_shape())
p = tf.placeholder(tf.float32, [None])
u = tf.Variable(p, validate_shape=False, name="u")
print(u.get_shape(), u.name)
try:
    tf.Variable(p, name="u2")
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
a = tf.Variable([2.0, 3.0], name="a")
ops = [a + 1, 1 - a, a * a, a / 2, -a, abs(a), a ** 2, a[0], a > 1.0, a // 2.0, a % 2.0]
print([t.name for t in ops])
with tf.Session() as sess:
    sess.run(a.initializer)
    print([x.tolist() for x in sess.run(ops)])
    try:
        sess.run(u)
    except tf.errors.FailedPreconditionError as e:
        print("FailedPreconditionError", "u" in e.message)
