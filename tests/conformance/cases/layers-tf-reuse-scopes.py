# tf_keras legacy_tf_layers base_test testVariableScope/testReuse/testFunctionalReuseFromScope/testCustomVariableScope/testNamingInScope: layer variables under variable scopes, reuse by scope, AUTO_REUSE, custom scope objects.
import tensorflow as tf
x = tf.ones([2, 3])
with tf.variable_scope("outer"):
    y = tf.layers.dense(x, 4, name="fc")
with tf.variable_scope("outer", reuse=True):
    y2 = tf.layers.dense(x, 4, name="fc")
print(y.name, y2.name, sorted(v.name for v in tf.trainable_variables()))
with tf.variable_scope("auto", reuse=tf.AUTO_REUSE):
    a1 = tf.layers.dense(x, 2, name="fc")
    a2 = tf.layers.dense(x, 2, name="fc")
print(a1.name, a2.name, sorted(v.name for v in tf.trainable_variables() if v.name.startswith("auto")))
with tf.variable_scope("custom") as vs:
    pass
c = tf.layers.Dense(3, _scope=vs) if False else tf.layers.Dense(3, name="in_custom")
with tf.variable_scope(vs):
    out = c(x)
print(out.name, [v.name for v in c.variables])
with tf.name_scope("ns"):
    n = tf.layers.dense(x, 2)
print(n.name, sorted(v.name for v in tf.trainable_variables() if "dense" in v.name))
try:
    with tf.variable_scope("outer"):
        tf.layers.dense(x, 4, name="fc")
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
layer = tf.layers.Dense(2, name="twice")
o1 = layer(x)
with tf.variable_scope("elsewhere"):
    o2 = layer(x)
print(o1.name, o2.name, [v.name for v in layer.variables])
