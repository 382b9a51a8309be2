import tensorflow as tf

# Rule: FloorDiv's gradient function returns None for both inputs, so only the
# other path reaches x.

x = tf.constant([3.5, 7.25], name="x")
y = x // 2.0 + x * 3.0
g = tf.gradients(y, x)
print(g)
with tf.Session() as s:
    print(s.run(g))
