# Hostile names: unicode, empty, non-string, very long, slashes and dots in op, scope and variable names, as TF treats them.
import tensorflow as tf
cases = [
    lambda: tf.constant(1, name="ä").name,
    lambda: tf.constant(1, name="").name,
    lambda: tf.constant(1, name=5).name,
    lambda: tf.constant(1, name="a/b/c").name,
    lambda: tf.constant(1, name="a//b").name,
    lambda: tf.constant(1, name=".").name,
    lambda: tf.constant(1, name="..").name,
    lambda: tf.constant(1, name="x" * 300).name[-8:],
    lambda: tf.Variable(1, name="").name,
    lambda: tf.Variable(1, name="v/").name,
    lambda: tf.Variable(1, name="w//").name,
    lambda: tf.get_variable("", [1]).name,
    lambda: tf.get_variable("g/h", [1]).name,
    lambda: tf.get_variable("ä", [1]).name,
    lambda: tf.get_variable(5, [1]).name,
    lambda: tf.identity(tf.constant(1), name="id:0").name,
    lambda: tf.identity(tf.constant(1), name="id 1").name,
]
for f in cases:
    try:
        print(f())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
for s in ["ä", 7, "a b", "ok", "tail/", "/lead"]:
    try:
        with tf.variable_scope(s) as vs:
            print(vs.name, vs.original_name_scope)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
