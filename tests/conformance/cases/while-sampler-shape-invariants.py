# A GPT-2-style sampling loop: a dict of results from a step function, shape_invariants for
# tensors growing along an axis (tf.concat), maximum_iterations, back_prop=False, cond=True.
import tensorflow as tf
batch_size = 2
length = 4
context = tf.placeholder(tf.int32, [batch_size, None])
emb = tf.get_variable("wte", [10, 3], initializer=tf.constant_initializer(0.1))
def step(tokens, past=None):
    h = tf.gather(emb, tokens)
    logits = tf.reduce_sum(h, axis=-1, keepdims=True) * tf.ones([1, 1, 10])
    presents = tf.stack([h, h], axis=1)
    return {"logits": logits, "presents": presents}
def body(past, prev, output):
    next_outputs = step(prev[:, tf.newaxis], past=past)
    logits = next_outputs["logits"][:, -1, :] / tf.to_float(1.0)
    samples = tf.argmax(logits, axis=-1, output_type=tf.int32)
    return [
        tf.concat([past, next_outputs["presents"]], axis=-2),
        tf.squeeze(samples),
        tf.concat([output, samples[:, tf.newaxis]], axis=1),
    ]
def cond(*args):
    return True
context_output = step(context[:, :-1])
_, _, tokens = tf.while_loop(
    cond=cond, body=body,
    maximum_iterations=length,
    loop_vars=[context_output["presents"], context[:, -1], context],
    shape_invariants=[
        tf.TensorShape([batch_size, 2, None, 3]),
        tf.TensorShape([batch_size]),
        tf.TensorShape([batch_size, None]),
    ],
    back_prop=False,
)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(tokens, {context: [[1, 2, 3], [4, 5, 6]]}))
print(tokens)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
