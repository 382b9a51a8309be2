# variable_scope_test testVarScopeRegularizer: a scope's regularizer adds one REGULARIZATION_LOSSES entry per new variable; no_regularizer and set_regularizer switch it; reuse adds none.
import tensorflow as tf
init = tf.constant_initializer(0.3)
def regularizer1(v):
    return tf.reduce_mean(v) + 0.1
def regularizer2(v):
    return tf.reduce_mean(v) + 0.2
with tf.variable_scope("tower3", regularizer=regularizer1) as tower:
    with tf.variable_scope("foo", initializer=init):
        v = tf.get_variable("v", [])
        losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
        print(len(losses), type(losses[0]).__name__)
    with tf.variable_scope(tower, initializer=init) as vs:
        u = tf.get_variable("u", [])
        vs.set_regularizer(regularizer2)
        w = tf.get_variable("w", [])
        x = tf.get_variable("x", [], regularizer=tf.no_regularizer)
        with tf.variable_scope("baz", regularizer=tf.no_regularizer):
            y = tf.get_variable("y", [])
        vs.set_regularizer(tf.no_regularizer)
        z = tf.get_variable("z", [])
        losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
        print(len(losses), [l.name for l in losses])
    with tf.variable_scope("foo", reuse=True):
        pass
with tf.variable_scope("tower3/foo", reuse=True):
    v = tf.get_variable("v", [])
    print(len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([round(float(x), 4) for x in sess.run(losses)])
