# variable_scope_test testVarScopeObjectReuse: re-entering a scope object keeps its reuse=True (reuse=False cannot undo it); reuse=True on re-entry turns it on.
import tensorflow as tf
with tf.variable_scope("jump", reuse=True) as scope:
    vs = scope
with tf.variable_scope(vs) as jump:
    print(jump.reuse)
with tf.variable_scope(vs, reuse=True) as jump_reuse:
    print(jump_reuse.reuse)
with tf.variable_scope(vs, reuse=False) as jump_no_reuse:
    print(jump_no_reuse.reuse)
with tf.variable_scope("jump", reuse=False) as scope:
    vs = scope
with tf.variable_scope(vs) as jump:
    print(jump.reuse)
with tf.variable_scope(vs, reuse=True) as jump_reuse:
    print(jump_reuse.reuse)
with tf.variable_scope(vs, reuse=False) as jump_no_reuse:
    print(jump_no_reuse.reuse)
