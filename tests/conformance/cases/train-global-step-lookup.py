import tensorflow as tf

# Rule: get_global_step is None without one; a tensor named global_step:0 counts
# when GLOBAL_STEP is empty, but it must be an integer (TypeError otherwise).

print(tf.train.get_global_step())
g = tf.Graph()
with g.as_default():
    v = tf.Variable(3, name="global_step", dtype=tf.int32)
    print(tf.train.get_global_step() is None, tf.train.get_global_step(g))
f = tf.Variable(1.5, name="global_step")
tf.train.get_global_step()
