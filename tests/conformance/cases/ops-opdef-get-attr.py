# Ops read back as TF's gradient code reads them: type attrs and attr defaults are stored (get_attr),
# string attrs come back as bytes, ArgMin's output_type is checked against its OpDef (int16 refused,
# ArgMax allows it).
import tensorflow as tf
x = tf.constant([[1.0, 2.0]])
m = tf.matmul(x, x, transpose_b=True)
print(m.op.get_attr("T"), m.op.get_attr("transpose_a"), m.op.get_attr("transpose_b"), m.op.get_attr("grad_a"))
bm = tf.matmul(tf.ones([2, 1, 2]), tf.ones([2, 2, 1]), adjoint_a=False)
print(bm.op.type, bm.op.get_attr("adj_x"), bm.op.get_attr("adj_y"), bm.op.get_attr("T"))
s = tf.reduce_sum(x, 1)
print(s.op.get_attr("keep_dims"), s.op.get_attr("Tidx"), s.op.get_attr("T"))
k = tf.reduce_max(x, [0, 1], keepdims=True)
print(k, k.op.get_attr("keep_dims"))
c = tf.cast(x, tf.int32)
print(c.op.get_attr("SrcT"), c.op.get_attr("DstT"), c.op.get_attr("Truncate"))
r = tf.nn.relu(x)
print(r.op.get_attr("T"), r.op.type, r.op.name, [t.name for t in r.op.inputs], [t.name for t in r.op.outputs])
print(r.op.values(), tf.identity(r).op.get_attr("T"), tf.negative(r).op.get_attr("T"))
b = tf.nn.bias_add(x, [1.0, 2.0])
print(b.op.get_attr("data_format"), b.op.get_attr("T"))
e = tf.equal(x, x)
print(e.op.get_attr("incompatible_shape_error"), e.op.get_attr("T"))
print(tf.argmax(x, 1, output_type=tf.int16), tf.argmin(x, 1).op.get_attr("output_type"))
try:
    tf.argmin(x, 1, output_type=tf.int16)
except TypeError as err:
    print("TypeError", err)
try:
    r.op.get_attr("transpose_a")
except ValueError as err:
    print("ValueError", err)
print([op.name for op in tf.get_default_graph().get_operations()])
