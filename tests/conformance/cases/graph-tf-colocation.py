# ops_test ColocationGroupTest: colocate_with sets loc:@ groups (nested, multiple, ignore_existing, reset with None), overrides devices, and applies to variables.
import tensorflow as tf
a = tf.constant([2.0], name="a")
with tf.colocate_with(a.op):
    b = tf.constant(3.0)
c = tf.constant(4.0)
print(a.op.colocation_groups(), b.op.colocation_groups(), c.op.colocation_groups())
try:
    c.op.get_attr("_class")
except ValueError as e:
    print("ValueError:", e)
print(b.op.get_attr("_class"))
with tf.device("/cpu:0"):
    with tf.device("/device:GPU:0"):
        a2 = tf.constant([2.0], name="a2")
        with tf.colocate_with(a2.op):
            b2 = tf.constant(3.0)
        c2 = tf.constant(4.0)
    with tf.colocate_with(a2.op):
        e2 = tf.constant(6.0)
    d2 = tf.constant(5.0)
print(b2.op.colocation_groups(), a2.op.device, b2.op.device, c2.op.device, d2.op.device, e2.op.device)
with tf.colocate_with(a.op):
    b3 = tf.constant(3.0)
    with tf.colocate_with(b3.op):
        c3 = tf.constant(4.0)
print(b3.op.colocation_groups(), c3.op.colocation_groups())
x = tf.constant(3.0, name="x")
with tf.colocate_with(a.op):
    with tf.colocate_with(x.op):
        m = tf.constant(4.0)
    with tf.colocate_with(x.op, ignore_existing=True):
        n = tf.constant(4.0)
    with tf.colocate_with(None, ignore_existing=True):
        r = tf.constant(4.0, name="v3")
print(sorted(m.op.colocation_groups()), n.op.colocation_groups(), r.op.colocation_groups())
va = tf.Variable([2.0], name="va")
with tf.colocate_with(va.op):
    vb = tf.Variable([3.0], name="vb")
with tf.colocate_with(va):
    vc = tf.identity(va)
print(vb.op.colocation_groups(), vc.op.colocation_groups(), va.value().op.colocation_groups(), va.initializer.colocation_groups())
