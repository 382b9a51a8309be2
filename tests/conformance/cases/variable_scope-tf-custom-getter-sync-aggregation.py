# VariableScopeWithCustomGetterTest testSynchronizationAndAggregationWithCustomGetter: the getter sees synchronization and aggregation kwargs.
import tensorflow as tf
seen = []
def custom_getter(getter, *args, **kwargs):
    seen.append((kwargs["synchronization"], kwargs["aggregation"], sorted(kwargs)))
    return getter(*args, **kwargs)
with tf.variable_scope("scope", custom_getter=custom_getter):
    tf.get_variable("v", [1])
with tf.variable_scope("scope", custom_getter=custom_getter):
    tf.get_variable("v1", [1], synchronization=tf.VariableSynchronization.ON_READ, aggregation=tf.VariableAggregation.MEAN)
for s in seen:
    print(s)
