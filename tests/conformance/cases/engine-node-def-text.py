# op.node_def and str(op) as TF prints them: attrs (compared by key: TF's attr order changes from one
# process to the next), a Const's tensor as make_tensor_proto keeps it (tensor_content, or the values given).
import tensorflow as tf
a = tf.placeholder(tf.float32, [None, 2], name="a")
ops = [tf.constant(1.0).op, a.op, tf.nn.relu(a).op, tf.constant([1.0, 1.0]).op, tf.constant(1.0, shape=[3]).op,
       tf.constant([True, False]).op, tf.constant(0.1).op, tf.constant([1, 2], shape=[4]).op,
       tf.constant([[1, 2, 3], [4, 5, 6]], dtype=tf.int64).op, tf.constant("hi\n").op, tf.constant(7).op,
       tf.Variable(tf.zeros([2]), name="v").op, tf.cast(a, tf.int32).op, tf.reduce_sum(a, 1, keepdims=True).op,
       tf.placeholder(tf.int32).op, tf.constant(2.5, dtype=tf.float64).op, tf.no_op(),
       tf.nn.leaky_relu(a).op, tf.matmul(a, a, transpose_b=True).op]
for op in ops:
    print(repr(op))
    print(op.node_def.name, op.node_def.op, list(op.node_def.input), sorted(op.node_def.attr))
    for key in sorted(op.node_def.attr):
        print(key, "=", str(op.node_def.attr[key]).rstrip("\n"))
    if len(op.node_def.attr) <= 1:
        print(str(op), end="")
