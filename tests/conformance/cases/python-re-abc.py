# re as BERT uses it on variable names, abc base classes, six.add_metaclass.
import abc
import re
import collections
names = ["bert/encoder/layer_0/kernel:0", "bert/pooler/dense/bias:0", "cls/x"]
for name in names:
    m = re.match("^(.*):\\d+$", name)
    if m is not None:
        print(m.group(1), m.groups(), m.span(), bool(m))
    else:
        print("no match", m)
p = re.compile(r"layer_(\d+)")
print(p.search(names[0]).group(0), p.findall(" ".join(names)), re.sub("/", "_", names[1]), re.split(r"/", names[2]))
print(re.sub(r"layer_(\d+)", lambda m: "L" + m.group(1), names[0]), re.escape("a.b"), p.pattern)
assignment_map = collections.OrderedDict()
assignment_map[names[0]] = names[0]
print(assignment_map)
import six
import tensorflow as tf
@six.add_metaclass(abc.ABCMeta)
class Base(object):
    @abc.abstractmethod
    def build(self, x):
        pass
class Old(object):
    __metaclass__ = abc.ABCMeta
    __slots__ = ()
class Net(Base):
    def build(self, x):
        return tf.identity(x, name="out")
class Net2(abc.ABC):
    pass
print(Net().build(tf.constant(1)).name, isinstance(Net(), Base), type(Net2()).__name__)
