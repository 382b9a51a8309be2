# `is` between name-like string literals is True in CPython (it interns them), as MAML's
# `FLAGS.norm is not 'None'` relies on; strings built at run time are other objects.
import tensorflow as tf


class FLAGS:
    norm = 'None'
    kind = 'batch_norm'


def check(value):
    return value is 'None', value is not 'None'


print(check(FLAGS.norm), FLAGS.kind is 'batch_norm', 'a b' == 'a b')
built = ''.join(['No', 'ne'])
print(built == 'None', built is 'None')
x = tf.constant(1.0, name=FLAGS.norm)
print(x.op.name)
