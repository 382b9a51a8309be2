# tf.keras.layers.Dense in graph mode: zero-based per-graph names (dense, dense_1), a new name scope per call (dense_1/ for the second call, dense_1_1/ for the layer named dense_1), variable scopes ignored for variables, resource-variable weights read once per use.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4])
d = tf.keras.layers.Dense(3, activation="relu")
y1 = d(x)
y2 = d(x)
d2 = tf.keras.layers.Dense(2)
y3 = d2(y1)
with tf.variable_scope("vs"):
    y4 = tf.keras.layers.Dense(2, name="named")(y1)
with tf.name_scope("ns"):
    y5 = tf.keras.layers.Dense(2)(y1)
print(d.name, d2.name, y1, y2, y3, y4, y5)
print([v.name for v in d.weights], d.kernel, d.bias)
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], op.control_inputs)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([v.shape for v in sess.run(tf.global_variables())])
