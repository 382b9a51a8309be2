import tensorflow as tf

# Rule: assign / assign_add / assign_sub build Assign / AssignAdd / AssignSub
# ops; running one changes the variable and returns the new value; each run
# applies it again.

v = tf.Variable(10, name="v")
set5 = v.assign(5)
inc = v.assign_add(3)
dec = v.assign_sub(1)
print(set5.op.type, inc.op.type, dec.op.type)
print(set5.name, inc.name, dec.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(v), sess.run(set5), sess.run(inc), sess.run(inc), sess.run(dec), sess.run(v))
