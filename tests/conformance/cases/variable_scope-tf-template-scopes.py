# template_test: create_scope_now_ captures the scope at construction; variable_scope before the first call is None; name scopes per call (foo, foo_1, foo_1_1); custom_getter_.
import tensorflow as tf
def variable_scoped_function():
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())
with tf.variable_scope("ctor_scope"):
    tmpl_immed = tf.make_template("a", variable_scoped_function, True)
    tmpl_defer = tf.make_template("b", variable_scoped_function, False)
with tf.variable_scope("call_scope"):
    inner_imm_var = tmpl_immed()
    inner_defer_var = tmpl_defer()
print(tmpl_immed() is inner_imm_var, tmpl_defer() is inner_defer_var, inner_imm_var.name, inner_defer_var.name)
with tf.variable_scope("foo"):
    ta = tf.make_template("bar", variable_scoped_function, True)
    tb = tf.make_template("bar", variable_scoped_function, True)
print(ta.variable_scope.name, tb.variable_scope.name, ta.variable_scope_name, ta.name)
with tf.variable_scope("foo_2"):
    tc = tf.make_template("blah", variable_scoped_function, False)
print(tc.variable_scope)
tc()
print(tc.variable_scope.name)
print(list(ta.global_variables), list(ta.trainable_variables), list(ta.local_variables))
ta()
print(len(ta.global_variables), len(ta.trainable_variables), len(ta.local_variables))
def linear_module(x, output_size):
    w = tf.get_variable("w", shape=[x.get_shape()[1], output_size], initializer=tf.zeros_initializer())
    b = tf.get_variable("b", shape=[output_size], initializer=tf.zeros_initializer())
    return (tf.matmul(x, w) + b), w
def make_linear_module(output_size, name):
    return tf.make_template(name, linear_module, output_size=output_size, create_scope_now_=True)
inputs = tf.ones((3, 4))
linear1 = make_linear_module(output_size=2, name="lin")
outputs_a, w1 = linear1(inputs)
outputs_b, _ = linear1(inputs)
print(linear1.variable_scope.name, w1.name, outputs_a.name, outputs_b.name)
linear2 = make_linear_module(output_size=2, name="lin")
outputs_c, w2 = linear2(inputs)
outputs_d, _ = linear2(inputs)
print(linear2.variable_scope.name, w2.name, outputs_c.name, outputs_d.name)
count = [0]
def custom_getter(getter, name, *args, **kwargs):
    count[0] += 1
    return getter(name, *args, **kwargs)
t1 = tf.make_template("cg", variable_scoped_function, custom_getter_=custom_getter)
print(count[0])
t1()
t1()
t2 = tf.make_template("cg2", variable_scoped_function, custom_getter_=custom_getter, create_scope_now_=True)
t2()
t2()
print(count[0])
def module_function_with_one_arg(inputs):
    w = tf.get_variable("w", shape=[1], initializer=tf.zeros_initializer())
    return inputs * w
f = tf.make_template("f1", module_function_with_one_arg)
data = tf.zeros([1])
try:
    f(data, is_training=True)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
print(f(data).name, [v.name for v in f.global_variables])
