# ops_test NameStackTest.testNameAndVariableScope: graph name scopes inside a variable scope inside a graph name scope.
import tensorflow as tf
with tf.Session() as sess:
    with sess.graph.name_scope("l0"):
        with tf.variable_scope("l1"):
            with sess.graph.name_scope("l1") as scope:
                print(scope, sess.graph.unique_name("foo", mark_as_used=False), sess.graph.unique_name("foo"))
            with sess.graph.name_scope("l2") as scope:
                print(scope, sess.graph.unique_name("foo", mark_as_used=False), sess.graph.unique_name("foo"))
