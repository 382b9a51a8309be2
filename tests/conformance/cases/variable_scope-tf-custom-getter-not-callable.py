# VariableScopeWithCustomGetterTest testNonCallableGetterFails: a non-callable custom_getter is a ValueError on the scope and on get_variable.
import tensorflow as tf
try:
    with tf.variable_scope("scope0", custom_getter=3):
        tf.get_variable("name0")
except ValueError as e:
    print("ValueError:", e)
try:
    tf.get_variable("name0", custom_getter=3)
except ValueError as e:
    print("ValueError:", e)
