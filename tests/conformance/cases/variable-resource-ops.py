# tf.Variable(use_resource=True): VarHandleOp, IsInitialized/VarIsInitializedOp, Assign (AssignVariableOp), Read/ReadVariableOp; a read per use (operators read first, outside their scope; a tf op reads inside its scope); assign/assign_add/assign_sub (read_value gives an _UnreadVariable named after the op); gradients pass through ReadVariableOp; values.
import tensorflow as tf
v = tf.Variable(tf.ones([2, 3]), name="v", use_resource=True)
w = tf.Variable(2.0, use_resource=True)
print(v, w, w.initial_value, w.dtype, w.shape, v.handle, v.op.name, v.initializer.name, type(v).__name__)
y = v * 2.0 + w
z = tf.matmul(v, tf.ones([3, 1])) - 1.0 * w
print(y, z, v.value(), v.read_value())
a = v.assign(tf.zeros([2, 3]))
b = w.assign_add(1.0, read_value=False)
c = w.assign_sub(0.5)
print(a, b.name, c, a.name)
g = tf.gradients(tf.reduce_sum(y) + tf.reduce_sum(z), [v, w])
print(g)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs],
          [o.shape for o in op.outputs], [o.dtype for o in op.outputs])
print(tf.get_default_graph().get_operation_by_name("v").get_attr("shared_name"),
      tf.get_default_graph().get_operation_by_name("v").outputs[0].shape,
      tf.get_default_graph().get_operation_by_name("v").get_attr("dtype"))
print(tf.global_variables(), tf.trainable_variables())
with tf.Session() as s:
    print(s.run(v.is_initialized()) if hasattr(v, "is_initialized") else None)
    s.run(tf.global_variables_initializer())
    print(s.run([y, z, v, w] + g))
    print(s.run(b), s.run(w), s.run(c), s.run(a), s.run(v))
