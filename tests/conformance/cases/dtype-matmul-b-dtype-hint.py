# math_ops.matmul converts b with dtype_hint=a.dtype: a Python b takes a's dtype (int64, float64),
# so a wrong rank is reported by MatMul's shape fn, not as a type mismatch.
import tensorflow as tf
for f in [lambda: tf.matmul(tf.constant([[1, 2]], tf.int64), 3), lambda: tf.matmul(tf.constant([[1, 2]], tf.int64), [[3], [4]]),
          lambda: tf.matmul([[1.0, 2.0]], [[3], [4]]), lambda: tf.constant([[1.5]], tf.float64) @ [[2]]]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError", str(e).splitlines()[0])
    except TypeError as e:
        print("TypeError", str(e).splitlines()[0])
print([op.name for op in tf.get_default_graph().get_operations()])
