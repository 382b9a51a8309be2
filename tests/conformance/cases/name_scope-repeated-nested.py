# Re-opening an outer scope uniquifies it ("a_1/"); the inner scope starts fresh there ("a_1/b/").
import tensorflow as tf
for _ in range(2):
    with tf.name_scope("a"):
        with tf.name_scope("b") as s:
            print(s, tf.constant(0).name)
