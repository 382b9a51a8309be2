# nn.softmax over the last axis is the Softmax op itself, whose shape fn wants rank >= 1.
import tensorflow as tf
for f in [lambda: tf.nn.softmax(tf.constant(1.0)), lambda: tf.nn.softmax(2.0, name="s"), lambda: tf.nn.softmax([1.0, 2.0])]:
    try:
        print(f())
    except ValueError as e:
        print(str(e).splitlines()[0])
print([op.name for op in tf.get_default_graph().get_operations()])
