import tensorflow as tf

# Rule: a session closed by close() (or by leaving its `with` block) refuses
# to run: RuntimeError "Attempted to use a closed Session.".

t = tf.constant(1)
with tf.Session() as sess:
    print(sess.run(t))
try:
    sess.run(t)
except RuntimeError as e:
    print(e)
s2 = tf.Session()
print(s2.run(t + 1))
s2.close()
s2.run(t)
