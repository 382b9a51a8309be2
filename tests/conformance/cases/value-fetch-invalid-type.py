import tensorflow as tf

# Rule: a fetch must be a graph element or a name: None is a TypeError
# "Argument `fetch` = None has invalid type ...", a number too; an empty
# graph is refused first (RuntimeError).

with tf.Session() as sess:
    try:
        sess.run(tf.constant(1) * 0 if False else None)
    except RuntimeError as e:
        print("RuntimeError", e)
c = tf.constant(1)
with tf.Session() as sess:
    try:
        sess.run(None)
    except TypeError as e:
        print(str(e).splitlines()[0])
    try:
        sess.run([c, 2.5])
    except TypeError as e:
        print(str(e).splitlines()[0])
    sess.run(1)
