import tensorflow as tf

# Rule: the optimizer's non-slot variables (beta1_power, beta2_power) are made in the name scope
# minimize is called in (ops.init_scope keeps it); its slots are not (get_variable resets it).

x = tf.placeholder(tf.float32, [None, 2], name="x")
w = tf.Variable([[1.0], [2.0]], name="w")
loss = tf.reduce_mean(tf.matmul(x, w))
with tf.name_scope("Train"):
    train = tf.train.AdamOptimizer(0.01).minimize(loss)
for v in tf.global_variables():
    print(v.name, v.initializer.name)
print(train.name)
