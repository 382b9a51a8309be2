# tf.ConfigProto / GPUOptions / RunOptions / RunMetadata: proto3 defaults, sub-message presence, text format, unknown field
import tensorflow as tf
c = tf.ConfigProto(allow_soft_placement=True, log_device_placement=False)
c.gpu_options.allow_growth = True
print(c)
print(repr(c.gpu_options.per_process_gpu_memory_fraction), c.intra_op_parallelism_threads)
g = tf.GPUOptions(per_process_gpu_memory_fraction=0.5)
c2 = tf.ConfigProto(gpu_options=g, device_count={'GPU': 0})
print(c2)
print(type(c).__name__, type(g).__name__)
try:
    tf.ConfigProto(foo=1)
except Exception as e:
    print(type(e).__name__, e)
r = tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE)
print(r, tf.RunOptions.FULL_TRACE)
m = tf.RunMetadata()
print(repr(str(m)))
c3 = tf.ConfigProto()
c3.gpu_options.allow_growth = False
c3.device_count['GPU'] = 1
print(c3)
sess = tf.Session(config=c3)
print(sess.run(tf.constant(2.0) * 3.0, options=r, run_metadata=m))
