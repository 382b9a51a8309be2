# tf.keras.Sequential (input_shape: built at once on dense_input; called: replayed under sequential/) and the functional Model (tf.keras.Input -> input_1; model(x) replays under model/), their layers, weights and outputs.
import tensorflow as tf
m = tf.keras.Sequential([tf.keras.layers.Dense(3, activation="relu", input_shape=(4,)), tf.keras.layers.Dense(2)])
print(m.name, m.inputs, m.outputs, m.input_shape, m.output_shape)
x = tf.placeholder(tf.float32, [None, 4], name="x")
y = m(x)
print(y)
inp = tf.keras.Input(shape=(4,))
h = tf.keras.layers.Dense(5, activation="tanh")(inp)
out = tf.keras.layers.Dense(1, activation="sigmoid")(h)
model = tf.keras.Model(inputs=inp, outputs=out)
print(inp, h, out, model.name, [l.name for l in model.layers])
y2 = model(x)
print(y2, [v.name for v in model.trainable_variables])
for op in tf.get_default_graph().get_operations():
    if "Initializer" in op.name or "/Assign" in op.name or "IsInitialized" in op.name: continue
    print(op.name, op.type, [i.name for i in op.inputs])
print(tf.get_collection(tf.GraphKeys.UPDATE_OPS), len(tf.global_variables()))
m2 = tf.keras.Sequential([tf.keras.layers.Dense(2, kernel_initializer="ones", bias_initializer="ones")])
y3 = m2(x)
y4 = m2(x)
print(m2.name, y3, y4, [v.name for v in m2.weights], [l.name for l in m2.layers], m.get_layer("dense_1").name)
print(model.input_shape, model.output_shape, model.inputs, model.outputs)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(y3, {x: [[1., 2., 3., 4.]]}))
