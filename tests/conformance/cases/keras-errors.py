# tf.keras layer and model errors with TF's messages: Dense on a 1-D input, a built Dense called on another depth, an unknown activation and initializer, Input without a shape, a merge layer called on one tensor, Embedding with a zero dimension.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4])
d = tf.keras.layers.Dense(3)
d(x)
tests = [lambda: tf.keras.layers.Dense(2)(tf.ones([3])),
         lambda: d(tf.placeholder(tf.float32, [None, 5])),
         lambda: tf.keras.layers.Dense(2, activation="nope")(x),
         lambda: tf.keras.layers.Dense(2, kernel_initializer="nope")(x),
         lambda: tf.keras.Input(),
         lambda: tf.keras.layers.Add()(x),
         lambda: tf.keras.layers.Embedding(0, 3)]
for f in tests:
    try:
        f()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split("\n")[0])
print(sorted(set(op.name.split("/")[0] for op in tf.get_default_graph().get_operations())))
