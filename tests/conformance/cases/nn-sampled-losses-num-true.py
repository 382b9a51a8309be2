# sampled_softmax_loss with num_true=2, int32 labels (cast), no accidental-hit removal; nce_loss with sampled_values from uniform_candidate_sampler and hit removal; shapes of every op and the gradients
import tensorflow as tf
W1v = tf.Variable(tf.ones([7, 3]), name="W")
b = tf.Variable(tf.zeros([7]), name="b")
x = tf.placeholder(tf.float32, [4, 3])
y = tf.placeholder(tf.int32, [4, 2])
l1 = tf.nn.sampled_softmax_loss(weights=W1v, biases=b, labels=y, inputs=x, num_sampled=3, num_classes=7,
                                num_true=2, remove_accidental_hits=False, name="ssl")
sv = tf.nn.uniform_candidate_sampler(tf.cast(y, tf.int64), 2, 2, True, 7)
l2 = tf.nn.nce_loss(weights=W1v, biases=b, labels=y, inputs=x, num_sampled=2, num_classes=7, num_true=2,
                    sampled_values=sv, remove_accidental_hits=True)
print(l1, l2)
g = tf.gradients(tf.reduce_sum(l1) + tf.reduce_sum(l2), [W1v, b, x])
print(len(g), g[2])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [o.shape for o in op.outputs])
