# tf.make_template: variable scope of the first call (uniquified), reuse with new name scopes later, bound
# kwargs, variables properties, the error for a trainable variable made after the first call; add_to_collections, get_collection_ref.
import tensorflow as tf
def my_op(x, scalar_name_prefix="s"):
    var1 = tf.get_variable(scalar_name_prefix + "1", shape=[], initializer=tf.constant_initializer(1.0))
    return x * var1 + tf.constant(1.0, name="c")
t = tf.make_template("template", my_op)
print(t.name, t.variable_scope_name)
a = t(tf.constant(2.0))
b = t(tf.constant(3.0))
t2 = tf.make_template("template", my_op, scalar_name_prefix="q")
c = t2(tf.constant(4.0))
with tf.variable_scope("outer"):
    t3 = tf.make_template("tpl", my_op)
    d = t3(tf.constant(5.0))
e = t3(tf.constant(6.0))
print(a, b, c, d, e)
print([v.name for v in tf.global_variables()], [v.name for v in t.variables], [v.name for v in t.trainable_variables])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
tf.add_to_collections(["c1", "c2"], a)
r = tf.get_collection_ref("c1")
r.append(b)
print(tf.get_collection("c1"), tf.get_collection("c2"))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run([a, b, c, d, e]))
print(t.variable_scope_name, t.variable_scope.name, [v.name for v in t3.variables])
def bad(x):
    return x * tf.Variable(1.0, name="v")
tb = tf.make_template("bad", bad)
tb(1.0)
try:
    tb(2.0)
except ValueError as err:
    print(str(err).splitlines()[0])
