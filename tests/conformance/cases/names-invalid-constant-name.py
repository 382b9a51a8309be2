# tf.constant validates its name as a node name: a space is rejected with TF's regex message.
import tensorflow as tf
tf.constant(1, name="bad name")
