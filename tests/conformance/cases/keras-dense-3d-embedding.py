# tf.keras Dense on a 3-D input (Tensordot reading the kernel in its scope; static reshape when the shape is known) and Embedding on int64 and float ids (a Cast to int32 first), called twice (embedding_1/).
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 5, 4], name="x")
y = tf.keras.layers.Dense(3)(x)
z = tf.keras.layers.Dense(2, use_bias=False)(tf.placeholder(tf.float32, [2, 5, 4]))
e = tf.keras.layers.Embedding(6, 2, input_length=3)
ids = tf.placeholder(tf.int64, [None, 3])
w = e(ids)
v = e(tf.placeholder(tf.float32, [None, 3]))
print(y, z, w, v)
for op in tf.get_default_graph().get_operations():
    if "Initializer" not in op.name and "/Assign" not in op.name and "IsInitialized" not in op.name:
        print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
