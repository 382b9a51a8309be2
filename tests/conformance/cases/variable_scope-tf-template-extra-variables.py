# template_test: a second call that makes a new trainable variable is a ValueError; non-trainable extras are allowed; nested and internally reused scopes.
import tensorflow as tf
def function_with_create(trainable):
    tf.Variable(0, trainable=trainable)
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())
def function_with_side_create(trainable, name="side"):
    tf.get_variable(name, shape=[1], trainable=trainable)
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())
tmpl = tf.make_template("s", function_with_create, trainable=True)
tmpl()
try:
    tmpl()
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
side = tf.make_template("side", function_with_side_create, trainable=True)
side(name="1")
try:
    side(name="2")
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
ok = tf.make_template("ok", function_with_create, trainable=False)
print(ok() is ok())
def nested():
    with tf.variable_scope("nested") as vs:
        v1 = tf.get_variable("x", initializer=tf.zeros_initializer(), shape=[])
    with tf.variable_scope(vs, reuse=True):
        v2 = tf.get_variable("x")
    print(v1 is v2)
    return v1
n1 = tf.make_template("n", nested)
n2 = tf.make_template("n", nested)
print(n1().name, n2().name)
def variable_scoped_function():
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())
def nested_template():
    nested1 = tf.make_template("nested", variable_scoped_function)
    nested2 = tf.make_template("nested", variable_scoped_function)
    a = nested1()
    b = nested2()
    print(a is b)
    return b
m1 = tf.make_template("m", nested_template)
m2 = tf.make_template("m", nested_template)
print(m1().name, m1().name, m2().name)
print([v.name for v in tf.global_variables()])
