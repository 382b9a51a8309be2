# _apply_op_helper checks T's allowed list as soon as the first input fixes T, before the next
# input is converted: no reduction_indices or y Const is left behind by a refused bool/string.
import tensorflow as tf
b = tf.constant([True, False])
s = tf.constant(["a", "b"])
for f in [lambda: b + 1, lambda: tf.reduce_sum(b, axis=0), lambda: tf.reduce_max(s, 0, name="m"), lambda: b // 2,
          lambda: b % 2, lambda: tf.matmul([[True]], [[False]]), lambda: tf.pow(b, 2), lambda: tf.less(s, "a")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", str(e).splitlines()[0])
print([op.name for op in tf.get_default_graph().get_operations()])
