# variable_scope_test testGetTrainableVariablesWithVariable: tf.Variable under a variable_scope, scope.trainable_variables() and ON_READ synchronization.
import tensorflow as tf
_ = tf.Variable(1.0, name="testGetTrainableVariables_a")
with tf.variable_scope("testGetTrainableVariables_foo") as scope:
    _ = tf.Variable(1.0, name="testGetTrainableVariables_b")
    _ = tf.Variable(1.0, name="testGetTrainableVariables_c", trainable=False)
    _ = tf.Variable(1.0, name="testGetTrainableVariables_d", synchronization=tf.VariableSynchronization.ON_READ)
    print([v.name for v in scope.trainable_variables()])
    _ = tf.Variable(1.0, name="testGetTrainableVariables_e", synchronization=tf.VariableSynchronization.ON_READ, trainable=True)
    print([v.name for v in scope.trainable_variables()])
    _ = tf.Variable(1.0, name="testGetTrainableVariables_f", synchronization=tf.VariableSynchronization.ON_WRITE)
    print([v.name for v in scope.trainable_variables()])
