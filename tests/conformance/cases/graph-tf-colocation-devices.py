# Colocation decides devices: an assign to a variable placed nowhere is placed nowhere even under tf.device; optimizer updates and slots follow their variables; initializer ops join the variable's group.
import tensorflow as tf
v = tf.Variable(1.0, name="v")
with tf.device("/cpu:0"):
    u = tf.get_variable("u", [2])
with tf.device("/gpu:0"):
    a = tf.assign(v, 2.0)
    w = tf.get_variable("w", [2])
    k = tf.keras.layers.Dense(2, name="kd")
    out = k(tf.ones([1, 2]))
    loss = tf.reduce_sum(w) + v + tf.reduce_sum(u) + tf.reduce_sum(out)
    opt = tf.train.AdamOptimizer(0.1).minimize(loss)
print(repr(a.device), a.op.get_attr("_class"))
g = tf.get_default_graph()
for o in g.get_operations():
    if o.name.startswith(("w", "u", "v", "Adam", "kd/kernel")) and "gradients" not in o.name:
        print(o.name, repr(o.device), o.colocation_groups())
print(g.get_operation_by_name("w/Initializer/random_uniform/min").node_def)
print(v.initializer.node_def)
