# tf.nn.embedding_lookup with one shard (a tensor or a variable): GatherV2 named by the scope, Identity, values and the out-of-range error.
import tensorflow as tf
p = tf.constant([[1., 2.], [3., 4.], [5., 6.]])
ids = tf.constant([2, 0])
e = tf.nn.embedding_lookup(p, ids)
w = tf.get_variable("W", [5, 3], initializer=tf.ones_initializer())
e3 = tf.nn.embedding_lookup(w, tf.placeholder(tf.int32, [None, 7]), name="emb")
print(e, e3)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run([e, e3], {tf.get_default_graph().get_operation_by_name("Placeholder").outputs[0]: [[1, 2, 3, 4, 0, 0, 1]]}))
    try:
        s.run(tf.nn.embedding_lookup(p, [3]))
    except tf.errors.InvalidArgumentError as err:
        print(err.message.splitlines()[0])
