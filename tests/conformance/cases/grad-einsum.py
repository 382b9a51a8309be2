# Einsum's gradient: each operand's is an Einsum of the output gradient with the other operand,
# after both operand shapes (Shape ops, Consts when fully defined).
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 2, 3])
w = tf.Variable(tf.ones([3, 4]))
y = tf.einsum('ntd,dk->ntk', x, w)
m = tf.Variable(tf.ones([2, 3]))
z = tf.einsum('ij->ji', m)
loss = tf.reduce_sum(y * y) + tf.reduce_sum(z)
gw, gx, gm = tf.gradients(loss, [w, x, m])
for o in tf.get_default_graph().get_operations():
    print(o.name, o.type)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
print(sess.run([gw, gx, gm], {x: [[[1.0, 0.0, 2.0], [0.5, 1.0, 0.0]]]}))
