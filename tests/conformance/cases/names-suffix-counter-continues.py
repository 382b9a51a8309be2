# After "x", "x_1", "x_2" are taken by explicit names, a second "x" becomes "x_3".
import tensorflow as tf
for n in ["x", "x_1", "x_2", "x"]:
    print(tf.constant(0, name=n).name)
