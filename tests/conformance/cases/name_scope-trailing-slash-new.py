# A trailing "/" uses the name as-is even when no such scope was opened before.
import tensorflow as tf
with tf.name_scope("made/up/") as s:
    print(s, tf.constant(1).name)
