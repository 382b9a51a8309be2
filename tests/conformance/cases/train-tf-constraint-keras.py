# optimizer_test testConstraint with a Keras (resource) kernel: a clipping constraint is assigned after the resource update.
import tensorflow as tf
x = tf.ones([2, 3])
d = tf.keras.layers.Dense(2, kernel_constraint=lambda w: tf.clip_by_value(w, -0.05, 0.05), kernel_initializer=tf.constant_initializer(0.5), name="kd")
y = d(x)
step = tf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_sum(y))
print(step.name, sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("GradientDescent/update_")))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(step)
    print(sess.run(d.kernel).round(4).tolist())
