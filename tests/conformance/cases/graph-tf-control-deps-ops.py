# ops_test ControlDependenciesTest testBasic/testEager-free/testNested/testClear/testComplex/testRepeatedDependency/testNoControlDependencyWithDataDependency: control_inputs of ops built under nested control_dependencies, None clearing, duplicate removal.
import tensorflow as tf
a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
c = tf.constant(3.0, name="c")
with tf.control_dependencies([a]):
    d = tf.identity(b, name="d")
    with tf.control_dependencies([b]):
        e = tf.identity(c, name="e")
        with tf.control_dependencies(None):
            f = tf.identity(c, name="f")
            with tf.control_dependencies([c]):
                g = tf.identity(a, name="g")
    with tf.control_dependencies([a, a.op]):
        h = tf.identity(b, name="h")
    i = tf.add(a, b, name="i")
print([x.name for x in d.op.control_inputs], [x.name for x in e.op.control_inputs], f.op.control_inputs, [x.name for x in g.op.control_inputs], [x.name for x in h.op.control_inputs], [x.name for x in i.op.control_inputs])
with tf.control_dependencies([d]):
    j = tf.constant(5.0, name="j")
    k = tf.identity(d, name="k")
print([x.name for x in j.op.control_inputs], [x.name for x in k.op.control_inputs])
try:
    with tf.control_dependencies([1.0]):
        pass
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
n = tf.no_op(name="n")
with tf.control_dependencies([n]):
    v = tf.Variable(1.0, name="v")
print([x.name for x in v.op.control_inputs], [x.name for x in v.initializer.control_inputs], [x.name for x in v.value().op.control_inputs])
