# tf_keras legacy_tf_layers base_test testLayerProperties/testInt64Layer/testKerasStyleAddWeight/testAddWeight/testReusePartitionedVariablesAndRegularizers-lite/testNaming/testVariablesAreTracked: layer names, scope names, add_weight naming and collections.
import tensorflow as tf
base = tf.layers.Layer
class MyLayer(base):
    def build(self, input_shape):
        self.my_var = self.add_weight("my_var", [2, 2], initializer=tf.zeros_initializer())
        self.nt = self.add_weight("nt", [1], trainable=False)
        self.reg = self.add_weight("reg", [3], regularizer=lambda x: tf.reduce_sum(x))
    def call(self, inputs):
        return inputs * 2
l = MyLayer(name="mine")
out = l(tf.ones([2, 2]))
print(out.name, l.built, [v.name for v in l.variables], [v.name for v in l.trainable_weights], [v.name for v in l.non_trainable_weights])
print([v.name for v in tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)], len(l.losses), len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))
out2 = l(tf.ones([2, 2]))
print(out2.name, len(l.variables))
m1 = MyLayer()
m2 = MyLayer()
m1(tf.ones([1]))
m2(tf.ones([1]))
print(m1.name, m2.name, m1.scope_name if hasattr(m1, "scope_name") else None, sorted(v.name for v in m2.variables))
with tf.variable_scope("outer"):
    m3 = MyLayer(name="m3")
    m3(tf.ones([1]))
print(m3.name, [v.name for v in m3.variables])
