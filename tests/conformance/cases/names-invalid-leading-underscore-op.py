# A root op name may not start with "_": "_x" is not a valid node name.
import tensorflow as tf
try:
    tf.constant(1, name="_x")
except ValueError as e:
    print(str(e).splitlines()[0])
