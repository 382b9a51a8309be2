import tensorflow as tf
LEARNING_RATE = 0.1
BATCH = 4
def settings(names):
    return sorted((k, v) for k, v in names.items() if k.isupper())
print(settings(dict(LEARNING_RATE=LEARNING_RATE, BATCH=BATCH, tf=tf)))
v = tf.Variable(1.0, name="w")
v.param = True
v.tags = ["a"]
t = tf.constant([1.0, 2.0])
t.source = "input"
t.op.note = 3
g = tf.get_default_graph()
g.registry = {"k": 1}
print(v.param, v.tags, t.source, t.op.note, g.registry["k"], hasattr(v, "param"), hasattr(t, "param"))
params = [p for p in tf.global_variables() if getattr(p, "param", False)]
print([p.name for p in params], getattr(t, "missing", "default"))
v.param = False
print(v.param)
try:
    v.name = "x"
except AttributeError as e:
    print("AttributeError", e)
