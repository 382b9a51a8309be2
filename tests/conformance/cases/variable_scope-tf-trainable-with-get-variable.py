# variable_scope_test testGetTrainableVariablesWithGetVariable: scope.trainable_variables(); synchronization=ON_READ makes a variable non-trainable unless trainable=True.
import tensorflow as tf
_ = tf.get_variable("testGetTrainableVariables_a", [])
with tf.variable_scope("testGetTrainableVariables_foo") as scope:
    _ = tf.get_variable("testGetTrainableVariables_b", [])
    _ = tf.get_variable("testGetTrainableVariables_c", [], trainable=False)
    _ = tf.get_variable("testGetTrainableVariables_d", [], synchronization=tf.VariableSynchronization.ON_READ)
    print([v.name for v in scope.trainable_variables()])
    _ = tf.get_variable("testGetTrainableVariables_e", [], synchronization=tf.VariableSynchronization.ON_READ, trainable=True)
    print([v.name for v in scope.trainable_variables()])
    _ = tf.get_variable("testGetTrainableVariables_f", [], synchronization=tf.VariableSynchronization.ON_WRITE)
    print([v.name for v in scope.trainable_variables()])
print([v.name for v in tf.global_variables()])
