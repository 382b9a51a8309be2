# template_test test_same_unique_name_raise_error: two templates with one unique_name_ collide on their variables.
import tensorflow as tf
def variable_scoped_function():
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())
tmpl1 = tf.make_template("_", variable_scoped_function, unique_name_="s1")
tmpl1()
tmpl2 = tf.make_template("_", variable_scoped_function, unique_name_="s1")
tmpl2()
