# A tf.Variable named like an existing op is uniquified: "v_1".
import tensorflow as tf
tf.constant(1, name="v")
print(tf.Variable(1.0, name="v").name)
