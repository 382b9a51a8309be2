# tf.layers classes: Dense called twice (reuse, ops uniquified in its scope), named and unnamed layers in a variable scope, BatchNormalization, Dropout, Flatten; names (keras uids from 1), variables, weights, updates.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4])
d = tf.layers.Dense(3, activation=tf.nn.relu)
y1 = d(x)
y2 = d(x)
d2 = tf.layers.Dense(2, name="out")
with tf.variable_scope("outer"):
    y3 = d2(y1)
    d3 = tf.layers.Dense(2)
    y4 = d3(y1)
bn = tf.layers.BatchNormalization()
z = bn(y1, training=True)
dr = tf.layers.Dropout(0.5)
w = dr(y1, training=True)
w2 = dr(y1)
f = tf.layers.Flatten()(y1)
print(d.name, d2.name, d3.name, bn.name)
print([v.name for v in d.variables], d.kernel.name, d.bias.name, [v.name for v in d.trainable_variables], [v.name for v in d.trainable_weights])
print([v.name for v in bn.non_trainable_weights], [u.name for u in bn.updates])
print(d.built, d.units, d3.kernel.shape)
for op in tf.get_default_graph().get_operations():
    if "Initializer" not in op.name and "Assign" not in op.name and not op.name.endswith("/read"):
        print(op.name, op.type)
