# Pack reports which input failed to merge ("From merging shape 1"), after a failed autopack.
import tensorflow as tf
try:
    tf.stack([tf.zeros([2]), tf.zeros([2]), tf.zeros([3])])
except ValueError as e:
    print(str(e))
