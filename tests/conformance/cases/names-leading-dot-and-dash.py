# A leading "." is allowed in a node name, a leading "-" is not.
import tensorflow as tf
print(tf.constant(1, name=".x").name)
try:
    tf.constant(1, name="-x")
except ValueError as e:
    print(str(e).splitlines()[0])
