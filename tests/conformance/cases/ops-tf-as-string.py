# as_string_op_test AsStringOpTest testFloat/testInt/testBool/testComplex-free subset: tf.as_string names and values.
import tensorflow as tf
f = tf.constant([0.0, 1.5, -2.25, 1e10, 3.14159])
i = tf.constant([0, -7, 12345])
b = tf.constant([True, False])
s1 = tf.as_string(f)
s2 = tf.as_string(f, precision=2, name="prec")
s3 = tf.as_string(f, scientific=True, precision=3)
s4 = tf.as_string(i, width=6, fill="0")
s5 = tf.as_string(i, width=5)
s6 = tf.as_string(b)
s7 = tf.strings.as_string(f, shortest=True)
print(s1.name, s1.dtype, s1.shape, s2.name, s4.name, s7.name)
try:
    tf.as_string(f, scientific=True, shortest=True)
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    for t in [s1, s2, s3, s4, s5, s6, s7]:
        print(sess.run(t).tolist())
