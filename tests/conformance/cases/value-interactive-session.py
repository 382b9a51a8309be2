import tensorflow as tf

# Rule: InteractiveSession installs itself as the default session, so eval()
# and run() work without a `with` block.

sess = tf.InteractiveSession()
x = tf.constant([1.0, 2.0])
v = tf.Variable(5, name="v")
print((x * 3).eval())
v.initializer.run()
print(v.eval())
sess.close()
