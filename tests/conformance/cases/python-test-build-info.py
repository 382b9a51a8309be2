# tf.test's build queries as the recorded TF wheel answers them (built with CUDA, no GPU here),
# and attributes set on a scenario function (model.default_image_size = 224).
import tensorflow as tf
print(tf.test.is_built_with_cuda(), tf.test.is_gpu_available(), repr(tf.test.gpu_device_name()),
      tf.test.is_built_with_rocm(), tf.test.is_built_with_gpu_support())
data_format = 'channels_first' if tf.test.is_built_with_cuda() else 'channels_last'


def generator():
    def model(x):
        return x * model.scale
    model.default_image_size = 224
    model.scale = 2
    return model


m = generator()
print(data_format, m.default_image_size, m(3), hasattr(m, "scale"), hasattr(m, "missing"))
m.scale = 5
f = lambda: 1
f.tag = "lambda"
print(m(3), f.tag, getattr(m, "default_image_size"))
del m.scale
try:
    m.scale
except AttributeError as e:
    print("AttributeError", e)
try:
    del m.scale
except AttributeError as e:
    print("AttributeError", e)
