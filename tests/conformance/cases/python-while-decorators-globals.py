# while/else with break and continue, user decorators, global/nonlocal, del, *args/**kwargs.
import functools
import tensorflow as tf
calls = []
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
def scoped(name):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            with tf.name_scope(name):
                return fn(*args, **kwargs)
        return wrapper
    return decorate
@logged
@scoped("block")
def block(x, *, scale=2.0):
    return tf.multiply(x, scale, name="scaled")
counter = 0
def bump():
    global counter
    counter += 1
    return counter
def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
x = tf.constant(1.0, name="x")
i = 0
outs = []
while i < 6:
    i += 1
    if i % 2:
        continue
    if i > 4:
        break
    outs.append(block(x))
else:
    print("not reached")
acc = make_acc()
acc(2)
print([o.name for o in outs], calls, bump(), bump(), acc(3), block.__name__)
j = 0
while j < 2:
    j += 1
else:
    print("else ran", j)
d = {"a": 1, "b": 2}
del d["a"], i
print(d, list(map(lambda t: t.op.type, outs)), list(filter(None, [0, 1, 2])), any([0, 1]), all([]))
