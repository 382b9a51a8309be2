# tf.keras Dropout without `training` (and with a bool tensor): Keras reads backend.learning_phase() (keras_learning_phase, a PlaceholderWithDefault False) and smart_cond builds a TF1 cond: cond/Switch, switch_t/switch_f, pred_id, the dropout ops with the input through cond/dropout/Mul/Switch, Consts waiting on the pivot, the identity branch through cond/Identity/Switch, Merge; inside a Sequential too; values with the phase fed.
import numpy as np
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4], name="x")
d = tf.keras.layers.Dropout(0.5)(x)
flag = tf.placeholder(tf.bool, [], name="flag")
d2 = tf.keras.layers.Dropout(0.25)(x, training=flag)
m = tf.keras.Sequential([tf.keras.layers.Dense(3, kernel_initializer="ones", input_shape=(4,)),
                         tf.keras.layers.Dropout(0.5), tf.keras.layers.Dense(1, kernel_initializer="ones")])
y = m(x)
print(d, d2, y, m.outputs)
for op in tf.get_default_graph().get_operations():
    if "Initializer" not in op.name and "/Assign" not in op.name and "IsInitialized" not in op.name:
        print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
feed = {x: [[1., 2., 3., 4.], [-1., 0.5, 2., 1.]], flag: False}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([d, d2, y], feed))
    lp = tf.keras.backend.learning_phase()
    on = sess.run(d, {**feed, lp: True})
    xs = np.array(feed[x])
    print(on.shape, bool(np.all((on == 0) | np.isclose(on, xs * 2))))
    on2 = sess.run(d2, {**feed, flag: True})
    print(bool(np.all((on2 == 0) | np.isclose(on2, xs / 0.75))))
