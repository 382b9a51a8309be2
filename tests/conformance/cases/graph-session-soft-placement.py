# ConfigProto(allow_soft_placement=True): ops pinned to an absent GPU run on the CPU; without it
# the same run fails with TF's InvalidArgumentError.
import tensorflow as tf
with tf.device('/gpu:0'):
    a = tf.constant([1.0, 2.0])
    b = a * 3.0
sess = tf.Session(config=tf.ConfigProto(allow_soft_placement=True))
print(sess.run(b))
isess = tf.InteractiveSession(config=tf.ConfigProto(allow_soft_placement=True, log_device_placement=False))
print(b.eval())
isess.close()
plain = tf.Session()
print(plain.run(b))
