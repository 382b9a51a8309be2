# adagrad_test testBasic/testTensorLearningRate/testSparseBasic/testSharing: the accumulator slot, its initial value, values after steps, sharing an optimizer between two updates.
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0], name="var0")
var1 = tf.Variable([3.0, 4.0], name="var1")
grads0 = tf.constant([0.1, 0.1])
grads1 = tf.constant([0.01, 0.01])
ada_opt = tf.train.AdagradOptimizer(3.0, initial_accumulator_value=0.1)
ada_update = ada_opt.apply_gradients(zip([grads0, grads1], [var0, var1]))
print(ada_update.name, ada_opt.get_slot_names(), ada_opt.get_slot(var0, "accumulator").name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(ada_opt.get_slot(var0, "accumulator")).tolist())
    for _ in range(3):
        sess.run(ada_update)
    print([x.round(5).tolist() for x in sess.run([var0, var1])])
lr = tf.constant(3.0)
ada2 = tf.train.AdagradOptimizer(lr, initial_accumulator_value=0.1, name="Ada2")
v2 = tf.Variable([1.0, 2.0], name="v2")
u1 = ada2.apply_gradients([(grads0, v2)])
u2 = ada2.apply_gradients([(grads0, v2)])
print(u1.name, u2.name, ada2.get_slot(v2, "accumulator").name, sorted(v.name for v in ada2.variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(u1)
    sess.run(u2)
    print(sess.run(v2).round(5).tolist(), sess.run(ada2.get_slot(v2, "accumulator")).round(5).tolist())
sv = tf.Variable([[1.0], [2.0]], name="sv")
sg = tf.IndexedSlices(tf.constant([0.1], shape=[1, 1]), tf.constant([0]), tf.constant([2, 1]))
su = tf.train.AdagradOptimizer(3.0).apply_gradients([(sg, sv)])
print(su.name, [op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("Adagrad_1/")])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(su)
    print(sess.run(sv).round(5).tolist())
try:
    tf.train.AdagradOptimizer(1.0, initial_accumulator_value=0.0)
except ValueError as e:
    print("ValueError:", e)
