# tf.keras.layers Conv2D, MaxPooling2D, AveragePooling2D, Flatten, Dropout (training=True/False), Reshape, Activation, Embedding (ResourceGather), Concatenate, Add, concatenate: names, op types, inputs and static shapes.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 8, 8, 3], name="x")
c = tf.keras.layers.Conv2D(4, 3, padding="same", activation="relu")(x)
p = tf.keras.layers.MaxPooling2D()(c)
a = tf.keras.layers.AveragePooling2D(2, strides=1)(p)
f = tf.keras.layers.Flatten()(a)
d = tf.keras.layers.Dropout(0.5)(f, training=False)
d2 = tf.keras.layers.Dropout(0.5)(f, training=True)
r = tf.keras.layers.Reshape((3, 12))(f)
act = tf.keras.layers.Activation("tanh")(r)
ids = tf.placeholder(tf.int32, [None, 5], name="ids")
e = tf.keras.layers.Embedding(10, 3)(ids)
cat = tf.keras.layers.Concatenate()([e, e])
add = tf.keras.layers.Add()([e, e])
cat2 = tf.keras.layers.concatenate([e, e], axis=1)
print(c, p, a, f, d, d2, r, act, e, cat, add, cat2)
for op in tf.get_default_graph().get_operations():
    if "Initializer" in op.name or "/Assign" in op.name or "IsInitialized" in op.name: continue
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
