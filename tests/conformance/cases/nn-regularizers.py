# regularizer= on get_variable (and inherited from variable_scope): TF 2.21's first call in the root scope, the
# lazily rebuilt <var>/Regularizer/ losses in REGULARIZATION_LOSSES; keras l1/l2/l1_l2 regularizers; values.
import tensorflow as tf
w = tf.get_variable("W", [3, 2], initializer=tf.constant_initializer(0.5), regularizer=tf.keras.regularizers.l2(0.01))
b = tf.get_variable("b", [2], initializer=tf.constant_initializer(-1.5), regularizer=tf.nn.l2_loss)
with tf.variable_scope("s", regularizer=tf.keras.regularizers.l1(0.5)):
    c = tf.get_variable("c", [2], initializer=tf.constant_initializer(2.0))
with tf.variable_scope("s", reuse=True):
    c2 = tf.get_variable("c", [2], initializer=tf.constant_initializer(2.0))
d = tf.get_variable("d", [2], initializer=tf.constant_initializer(0.25), regularizer=tf.compat.v1.keras.regularizers.l1_l2(l1=0.1, l2=0.2))
e = tf.get_variable("e", [2], regularizer=lambda v: None)
print([str(t) for t in tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)])
print(tf.losses.get_regularization_loss())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))
for f in [lambda: tf.keras.regularizers.l2("x"), lambda: tf.keras.regularizers.l1(float("inf"))]:
    try:
        f()
    except ValueError as err:
        print(err)
