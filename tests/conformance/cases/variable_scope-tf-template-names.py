# template_test: make_template shares variables across calls; two templates of one name get s1 and s1_1; the enclosing scope of the first call counts; unique_name_ fixes the scope.
import tensorflow as tf
def variable_scoped_function():
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())
def internally_variable_scoped_function(scope_name):
    with tf.variable_scope(scope_name):
        return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())
tmpl1 = tf.make_template("s1", variable_scoped_function)
tmpl2 = tf.make_template("s1", variable_scoped_function)
v1, v2, v3 = tmpl1(), tmpl1(), tmpl2()
print(v1 is v2, v1 is v3, v1.name, v3.name)
t3 = tf.make_template("t", variable_scoped_function)
t4 = tf.make_template("t", variable_scoped_function)
with tf.variable_scope("scope"):
    a, b = t3(), t4()
with tf.variable_scope("scope2"):
    c = t3()
print(a is c, a is b, a.name, b.name)
i1 = tf.make_template("i", internally_variable_scoped_function)
i2 = tf.make_template("i", internally_variable_scoped_function)
x1, x2, x3 = i1("test"), i1("test"), i2("test")
print(x1 is x2, x1 is x3, x1.name, x3.name)
try:
    i1("not_test")
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
k1 = tf.make_template("k", internally_variable_scoped_function, scope_name="test")
k2 = tf.make_template("k", internally_variable_scoped_function, scope_name="test")
print(k1().name, k1() is k1(), k2().name)
try:
    tf.make_template(None, variable_scoped_function)
except ValueError as e:
    print("ValueError:", e)
u1 = tf.make_template("_", variable_scoped_function, unique_name_="u1")
w1, w2 = u1(), u1()
tf.get_variable_scope().reuse_variables()
u2 = tf.make_template("_", variable_scoped_function, unique_name_="u1")
print(w1 is w2, w1 is u2(), w1.name)
