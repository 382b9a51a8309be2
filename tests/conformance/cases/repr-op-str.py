# str(op) prints the NodeDef-like name/op/input lines (attrs omitted here: ints only).
import tensorflow as tf
a = tf.placeholder(tf.float32, name="a")
b = tf.identity(a, name="b")
print(b.op.name, b.op.type, [t.name for t in b.op.inputs])
