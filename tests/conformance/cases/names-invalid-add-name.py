# tf.add(name=...) first opens a name scope, so a bad name fails as a root *scope* name.
import tensorflow as tf
tf.add(1, 2, name="bad name")
