# tf.cond in a session: nested conds, a tuple result, an assign_add in one branch (the RefSwitch
# passes the variable on), an op inside a branch refused as a fetch, a constant predicate.
import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [2], name="x")
p = tf.placeholder(tf.bool, [], name="p")
q = tf.placeholder(tf.bool, [], name="q")
v = tf.get_variable("v", [2], initializer=tf.constant_initializer(5.0))
def t():
    c = tf.constant(3.0)
    return x * c + v, tf.constant(1)
def f():
    inner = tf.cond(q, lambda: x + 1, lambda: tf.identity(x))
    return inner, tf.constant(2)
r, k = tf.cond(p, t, f)
counter = tf.get_variable("counter", [], initializer=tf.zeros_initializer())
upd = tf.cond(p, lambda: tf.assign_add(counter, 1.0), lambda: tf.identity(counter))
sess = tf.Session()
sess.run(tf.global_variables_initializer())
for pv in (True, False):
    for qv in (True, False):
        print(pv, qv, sess.run([r, k], {x: [1.0, 2.0], p: pv, q: qv}))
print(sess.run(upd, {p: True}), sess.run(upd, {p: False}), sess.run(upd, {p: True}), sess.run(counter))
try:
    sess.run(tf.get_default_graph().get_tensor_by_name("cond/mul:0"), {x: [1.0, 2.0], p: True})
except Exception as e:
    print(type(e).__name__, e)
z = tf.cond(tf.constant(True), lambda: tf.constant(1.0), lambda: tf.constant(2.0))
print(sess.run(z))
