# tf.cond with a get_variable, a constant and an outside tensor in the true branch and a nested
# cond in the false branch: TF's op names (cond/Switch, switch_t, switch_f, pred_id, <op>/Switch,
# Merge), the inputs rerouted through Switch ops, and the pivots as control inputs of constants.
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
p = tf.placeholder(tf.bool, [], name="p")
def true_fn():
    v = tf.get_variable("v", [2])
    c = tf.constant(3.0)
    return x * c + v
def false_fn():
    return tf.cond(p, lambda: x + 1, lambda: tf.identity(x))
r = tf.cond(p, true_fn, false_fn)
print(r)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
print([v.name for v in tf.global_variables()])
print(len(tf.get_collection("cond_context")))
