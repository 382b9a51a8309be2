# variable_scope_test testVarScopeConstraint: a scope's constraint is handed to its variables.
import tensorflow as tf
constraint = lambda x: 0.0 * x
with tf.variable_scope("tower1") as tower:
    with tf.variable_scope("foo", constraint=constraint):
        v = tf.get_variable("v", [])
        print(v.constraint is constraint)
    with tf.variable_scope(tower, constraint=constraint):
        w = tf.get_variable("w", [])
        print(w.constraint is constraint)
    u = tf.get_variable("u", [])
    print(u.constraint)
