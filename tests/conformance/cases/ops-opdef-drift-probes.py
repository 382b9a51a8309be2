# The drift the OpDef registry removed, read back as TF prints it: a placeholder's `dtype` and `shape`
# attrs (known, partly known, unknown rank), attr defaults filled in (transpose_a, keep_dims, SrcT/DstT,
# Truncate), tf.split's and tf.nn.top_k's outputs (names, dtypes, shapes), and bool refused by the
# OpDefs of MatMul on rank 3, BiasAdd and RealDiv with TF's TypeError.
import tensorflow as tf
p = tf.placeholder(tf.float32, [None, 3], name="p")
q = tf.placeholder(tf.int32, name="q")
r = tf.placeholder(tf.bool, [], name="r")
for ph in (p, q, r):
    print(ph, ph.dtype, ph.shape, ph.op.get_attr("dtype"), repr(ph.op.get_attr("shape")))
m = tf.matmul(p, p, transpose_b=True)
print(m.op.get_attr("transpose_a"), m.op.get_attr("transpose_b"), m.op.get_attr("T"))
s = tf.reduce_mean(p)
print(s, s.op.get_attr("keep_dims"), s.op.get_attr("Tidx"))
c = tf.cast(q, tf.float64)
print(c, c.op.get_attr("SrcT"), c.op.get_attr("DstT"), c.op.get_attr("Truncate"))
parts = tf.split(p, 3, axis=1)
print(parts, [t.op.name for t in parts], parts[0].op.get_attr("num_split"))
sizes = tf.split(p, [1, 2], 1, name="sized")
print(sizes, sizes[1].op.type, sizes[1].op.get_attr("num_split"), sizes[1].op.get_attr("Tlen"))
top = tf.nn.top_k(p, 2)
print(top, top.values, top.indices, top[0].op.get_attr("sorted"), top.indices.dtype)
b3 = tf.constant([[[True]]])
for f in [lambda: tf.matmul(b3, b3), lambda: tf.nn.bias_add(tf.constant([[True]]), [True]),
          lambda: tf.realdiv(True, False)]:
    try:
        f()
    except TypeError as err:
        print("TypeError", err)
print([op.name for op in tf.get_default_graph().get_operations()])
