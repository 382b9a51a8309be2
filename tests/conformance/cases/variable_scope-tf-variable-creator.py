# VariableScopeWithCustomGetterTest testVariableCreator: variable_creator_scope creators nest (inner first) and see the kwargs of tf.Variable and get_variable.
import tensorflow as tf
variable_names = []
def creator_a(next_creator, **kwargs):
    variable_names.append(kwargs.get("name", ""))
    return next_creator(**kwargs)
def creator_b(next_creator, **kwargs):
    kwargs["name"] = "forced_name"
    return next_creator(**kwargs)
with tf.variable_creator_scope(creator_a):
    with tf.variable_creator_scope(creator_b):
        one = tf.Variable(1.0, name="one_name")
print(variable_names, one.name)
seen = []
def creater_c(next_creator, **kwargs):
    seen.append((kwargs["synchronization"], kwargs["aggregation"], kwargs["name"]))
    return next_creator(**kwargs)
with tf.variable_creator_scope(creater_c):
    v = tf.get_variable("v", [], synchronization=tf.VariableSynchronization.ON_WRITE, aggregation=tf.VariableAggregation.MEAN)
print(seen, v.name)
