# Colocation: tf.colocate_with clears device scopes and gives ops the colocated op's device; ops
# with ref inputs (Assign, ScatterAdd, ApplyAdam) sit with their variable; optimizer updates,
# slots, beta powers and the Saver's restores follow, so tf.group makes one NoOp per device.
import tensorflow as tf
with tf.device('/cpu:0'):
    a = tf.Variable(tf.zeros([2]), name="a")
b = tf.Variable(tf.zeros([2]), name="b")
x = tf.placeholder(tf.int32, [None])
with tf.colocate_with(a):
    c = tf.identity(b, name="c")
    with tf.device('/gpu:1'):
        d = tf.identity(b, name="d")
with tf.colocate_with(b):
    e = tf.identity(a, name="e")
    with tf.device('/gpu:1'):
        f = tf.identity(a, name="f")
with tf.device('/cpu:0'):
    asg = tf.assign(b, [1.0, 2.0])
    asg2 = tf.assign_add(a, [1.0, 2.0])
g = tf.get_default_graph()
with g.colocate_with(None, ignore_existing=True):
    h = tf.identity(a, name="h")
loss = tf.reduce_sum(tf.gather(a, x)) + tf.reduce_sum(b * b)
opt = tf.train.AdamOptimizer(0.1)
gs = tf.train.get_or_create_global_step()
train = opt.minimize(loss, global_step=gs)
saver = tf.train.Saver()
for op in tf.get_default_graph().get_operations():
    if not op.name.startswith("gradients"):
        print(op.name, op.type, repr(op.device))
