import tensorflow as tf

# Rule: tensor.eval() needs a default session; outside one it is a
# ValueError "Cannot evaluate tensor using `eval()`: No default session is
# registered."

t = tf.constant(4) * 2
with tf.Session() as sess:
    print(t.eval())
    print(t.eval(session=sess))
t.eval()
