# variable_scope_test testAuxiliaryNameScopeIsInvalid: a non-bool auxiliary_name_scope is a TypeError for a default name, a string and a scope object.
import tensorflow as tf
with tf.variable_scope("scope") as scope:
    pass
for args, kwargs in [((None,), {"default_name": "scope"}), (("scope",), {}), ((scope,), {})]:
    try:
        with tf.variable_scope(*args, auxiliary_name_scope="invalid", **kwargs):
            pass
    except TypeError as e:
        print("TypeError:", e)
