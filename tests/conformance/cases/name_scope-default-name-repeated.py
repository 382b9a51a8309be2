# default_name is used when name is None and is uniquified like any scope: d/, d_1/.
import tensorflow as tf
for _ in range(2):
    with tf.name_scope(None, "d") as s:
        print(s)
