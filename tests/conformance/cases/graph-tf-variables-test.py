# variables_test testInitialization/testIterable/testAssignments/testCountUpTo/testInitializedValue/testZeroSizeVariable/testCachingDevice: variable op names, properties, assign op names, values.
import tensorflow as tf
var0 = tf.Variable(0.0)
print(var0.op.name, var0.name, var0.get_shape(), var0.dtype, var0.initializer.name, var0.initial_value.name, var0.value().name, var0._variable if False else None)
var1 = tf.Variable(1.1, name="var1")
print(var1.op.name, var1.device, var1.graph is tf.get_default_graph(), var1.trainable, var1.shape)
var = tf.Variable(0.0, name="var")
plus_one = var.assign_add(1.0)
minus_one = var.assign_sub(2.0)
four = var.assign(4.0)
print(plus_one.name, minus_one.name, four.name, plus_one.op.type, four.op.type)
v2 = tf.Variable(tf.constant([1, 2]), name="v2")
try:
    v2.count_up_to(3)
except ValueError as e:
    print("ValueError:", e)
cnt = tf.Variable(0, name="cnt")
up = cnt.count_up_to(2)
print(up.name, up.op.type)
vi = tf.Variable(tf.zeros([2, 3]), name="vi")
w = tf.Variable(vi.initialized_value() + 1.0, name="w")
print(vi.initialized_value().name, w.initial_value.name)
z = tf.Variable(tf.zeros([0, 2]), name="z")
print(z.get_shape(), z.name)
with tf.Graph().as_default():
    with tf.device("/cpu:0"):
        cd = tf.Variable(1.0, caching_device="/job:foo", name="cd")
    print(cd.device, cd.value().device, cd.op.device)
try:
    for _ in tf.Variable([1, 2], name="it"):
        pass
except TypeError as e:
    print("TypeError:", e)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(plus_one), sess.run(minus_one), sess.run(four), sess.run(var))
    print(sess.run(up), sess.run(up))
    try:
        sess.run(up)
    except tf.errors.OutOfRangeError as e:
        print("OutOfRangeError:", e.message.splitlines()[0])
    print(sess.run(w).tolist(), sess.run(z).shape)
print([v.name for v in tf.global_variables()])
