# tf.ConfigProto / GPUOptions / GraphOptions / RunOptions / RunMetadata: proto3 fields, nested
# messages, enums, text format, the errors of unknown fields and bad types; a Session takes them.
import tensorflow as tf
c = tf.ConfigProto()
print(repr(str(c)), c.allow_soft_placement, c.gpu_options.allow_growth, c.gpu_options.per_process_gpu_memory_fraction)
c.gpu_options.allow_growth = True
c.gpu_options.per_process_gpu_memory_fraction = 0.4
c.log_device_placement = False
print(c)
d = tf.ConfigProto(allow_soft_placement=True, log_device_placement=True, device_count={'GPU': 0, 'CPU': 2},
                   gpu_options=tf.GPUOptions(allow_growth=True), intra_op_parallelism_threads=4)
print(d)
print(d.device_count['GPU'], d.device_count['CPU'], len(d.device_count))
r = tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE)
print(r, tf.RunOptions.FULL_TRACE, tf.RunOptions.NO_TRACE, r.trace_level)
m = tf.RunMetadata()
print(repr(str(m)), type(m).__name__, type(c).__name__)
g = tf.GPUOptions(per_process_gpu_memory_fraction=0.333)
print(g, g.per_process_gpu_memory_fraction)
c.graph_options.optimizer_options.global_jit_level = tf.OptimizerOptions.ON_1
print(c)
try:
    tf.ConfigProto(allow_growth=True)
except ValueError as e:
    print("ValueError", e)
try:
    c.allow_growth = True
except AttributeError as e:
    print("AttributeError", e)
try:
    c.gpu_options.allow_growth = "yes"
except TypeError as e:
    print("TypeError", e)
x = tf.constant(2.0)
with tf.Session(config=tf.ConfigProto(gpu_options=tf.GPUOptions(allow_growth=True))) as sess:
    print(sess.run(x * 3, options=r, run_metadata=m))
