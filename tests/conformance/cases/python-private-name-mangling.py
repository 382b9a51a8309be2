# Private name mangling: `__name` inside a class body means `_Class__name` (attributes, methods,
# parameters, names, nested functions and lambdas); keyword names in calls are not mangled; a
# nested class mangles with its own name; leading underscores of the class name are stripped.
import tensorflow as tf


class _Net(object):
    __scale = 2.0

    def __init__(self, units):
        self.__units = units
        self.__layers = []

    def __dense(self, x, name, __act=tf.nn.relu):
        with tf.variable_scope(name):
            w = tf.get_variable("w", [int(x.shape[-1]), self.__units])
            y = __act(tf.matmul(x, w) * self.__scale)
        self.__layers.append(y)
        return y

    def build(self, x):
        h = self.__dense(x, "d1")
        h = self.__dense(h, "d2", __act=tf.identity) if False else self.__dense(h, "d2", tf.identity)
        f = lambda t: self.__dense(t, "d3")
        return f(h), len(self.__layers)

    class Inner:
        def __secret(self):
            return "inner"

        def reveal(self):
            return self.__secret()


net = _Net(3)
out, count = net.build(tf.zeros([2, 4]))
print(out.name, count, net._Net__units, net._Net__scale, hasattr(net, "__units"), hasattr(net, "_Net__dense"))
print(_Net.Inner().reveal(), hasattr(_Net.Inner(), "_Inner__secret"))
try:
    net._Net__dense(tf.zeros([2, 3]), "d4", __act=tf.nn.relu)
except TypeError as e:
    print("TypeError", "__act" in str(e))
__top = 5
print(__top)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
