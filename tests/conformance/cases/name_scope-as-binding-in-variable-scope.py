# "as" on a variable_scope binds the VariableScope; its name scope string is original_name_scope.
import tensorflow as tf
with tf.variable_scope("vs") as scope:
    with tf.name_scope("ns") as ns:
        pass
print(scope.name, scope.original_name_scope, ns)
