# Bool operands are refused by the OpDefs of BatchMatMulV2 (rank 3 matmul), MatMul, BiasAdd and
# RealDiv, each with TF's TypeError; tf.divide refuses bool before any op (its truediv table).
import tensorflow as tf
b3 = tf.constant([[[True, False]]])
b2 = tf.constant([[True, False]])
for label, f in [("matmul3", lambda: tf.matmul(b3, b3)), ("matmul2", lambda: tf.matmul(b2, b2)),
                 ("bias_add", lambda: tf.nn.bias_add(b2, [True, False])),
                 ("realdiv", lambda: tf.realdiv(b2, b2)), ("realdiv_int", lambda: tf.realdiv([1, 2], 2)),
                 ("divide", lambda: tf.divide(b2, b2))]:
    try:
        print(label, f())
    except TypeError as err:
        print(label, "TypeError", err)
print(tf.realdiv(1.0, 2.0), tf.realdiv(tf.constant([1.0]), 2.0, name="rd"))
print([op.name for op in tf.get_default_graph().get_operations()])
