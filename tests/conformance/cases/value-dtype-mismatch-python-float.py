import tensorflow as tf

# Rule: a Python float next to an int32 tensor cannot become int32; TF
# reports the mismatch by type (the float is converted on its own, float32),
# for tf.add, tf.multiply and the * operator alike.

a = tf.constant([1, 2])
for make in (lambda: tf.add(a, 1.5), lambda: tf.multiply(a, 0.5), lambda: a * 2.5, lambda: tf.add(a, tf.constant(1.5))):
    try:
        make()
    except TypeError as e:
        print(str(e).splitlines()[0])
