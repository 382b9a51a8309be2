# variable_scope_test testGetVarWithDevice: a device function sees the VariableV2 ops with their dtype attr.
import numpy as np
import tensorflow as tf
g = tf.Graph()
varname_type = []
def device_func(op):
    if op.type in ["Variable", "VariableV2", "VarHandleOp"]:
        varname_type.append((op.name, op.get_attr("dtype")))
    return "/device:GPU:0"
with g.as_default():
    with tf.device(device_func):
        x = tf.get_variable("x", (100, 200))
        y = tf.get_variable("y", dtype=tf.int64, initializer=np.arange(73))
print(varname_type)
print(x.device, y.op.device, x.initializer.device, y)
