# convert_to_tensor(tensor, dtype, name=...) prefixes TF's conversion error with the name
# (tf.Variable converts with name="initial_value"); a variable gives its own message, no prefix.
import tensorflow as tf
t = tf.constant([1.0, 2.0])
v = tf.Variable(t)
for args in [(t, tf.float64, None), (t, tf.int32, "foo"), (v, tf.float64, None), (v, tf.float64, "bar"),
             (v.assign([1.0, 2.0]), tf.int32, "ref"), (v, tf.float32, "ok")]:
    try:
        print(tf.convert_to_tensor(args[0], dtype=args[1], name=args[2]))
    except ValueError as e:
        print(str(e).splitlines()[0])
for init in [lambda: tf.constant(1), t]:
    try:
        tf.Variable(init, dtype=tf.float64)
    except ValueError as e:
        print(str(e).splitlines()[0])
try:
    tf.Variable(v, dtype=tf.float64)
except ValueError as e:
    print(str(e).splitlines()[0])
