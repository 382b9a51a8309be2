# Incompatible shapes in tf.add: TF's broadcast error with the NodeDef.
import tensorflow as tf
tf.add(tf.zeros([2]), tf.zeros([3]))
