# stack of tensors of different dtypes: the autopack fails, then Pack reports the list's types.
import tensorflow as tf
try:
    tf.stack([tf.constant([1]), tf.constant([1.0])])
except TypeError as e:
    print(str(e).splitlines()[0])
print([op.name for op in tf.get_default_graph().get_operations()])
