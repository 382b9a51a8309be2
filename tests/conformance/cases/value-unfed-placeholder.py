import tensorflow as tf

# Rule: running something that needs a placeholder without feeding it is an
# InvalidArgumentError at run time whose first line is "Graph execution
# error:"; the message names the placeholder, its dtype and shape.

x = tf.placeholder(tf.float32, shape=[None, 3], name="inputs")
y = x * 2
with tf.Session() as sess:
    try:
        sess.run(y)
    except tf.errors.InvalidArgumentError as e:
        print([line for line in str(e).splitlines() if "must feed" in line][0])
    sess.run(y)
