# source: tensorflow/models tutorials/image/cifar10/cifar10_input.py (read_cifar10's FixedLengthRecordReader and decode_raw -> a uint8 record placeholder, the strided_slice/reshape/transpose of the record kept; distorted_inputs' distortion chain kept with IMAGE_SIZE 24 -> 6 on 8x8 records; the filename queue and tf.train.shuffle_batch dropped: the summaries show the single images; the eval path inputs() kept the same way)
import numpy as np
import tensorflow as tf
IMAGE_SIZE = 6
NUM_EXAMPLES_PER_EPOCH_FOR_TRAIN = 50000
class CIFAR10Record(object):
    pass
def read_cifar10(record_bytes_placeholder):
    result = CIFAR10Record()
    label_bytes = 1
    result.height = 8
    result.width = 8
    result.depth = 3
    image_bytes = result.height * result.width * result.depth
    record_bytes = label_bytes + image_bytes
    record_bytes = record_bytes_placeholder
    result.label = tf.cast(
        tf.strided_slice(record_bytes, [0], [label_bytes]), tf.int32)
    depth_major = tf.reshape(
        tf.strided_slice(record_bytes, [label_bytes],
                         [label_bytes + image_bytes]),
        [result.depth, result.height, result.width])
    result.uint8image = tf.transpose(depth_major, [1, 2, 0])
    return result
def distorted_inputs(record):
    read_input = read_cifar10(record)
    reshaped_image = tf.cast(read_input.uint8image, tf.float32)
    height = IMAGE_SIZE
    width = IMAGE_SIZE
    distorted_image = tf.random_crop(reshaped_image, [height, width, 3])
    distorted_image = tf.image.random_flip_left_right(distorted_image)
    distorted_image = tf.image.random_brightness(distorted_image,
                                                 max_delta=63)
    distorted_image = tf.image.random_contrast(distorted_image,
                                               lower=0.2, upper=1.8)
    float_image = tf.image.per_image_standardization(distorted_image)
    float_image.set_shape([height, width, 3])
    read_input.label.set_shape([1])
    min_fraction_of_examples_in_queue = 0.4
    min_queue_examples = int(NUM_EXAMPLES_PER_EPOCH_FOR_TRAIN *
                             min_fraction_of_examples_in_queue)
    print ('Filling queue with %d CIFAR images before starting to train. '
           'This will take a few minutes.' % min_queue_examples)
    images = tf.expand_dims(float_image, 0)
    tf.summary.image('images', images)
    return images, tf.reshape(read_input.label, [1])
def inputs(record):
    read_input = read_cifar10(record)
    reshaped_image = tf.cast(read_input.uint8image, tf.float32)
    height = IMAGE_SIZE
    width = IMAGE_SIZE
    resized_image = tf.image.resize_image_with_crop_or_pad(reshaped_image,
                                                           height, width)
    float_image = tf.image.per_image_standardization(resized_image)
    float_image.set_shape([height, width, 3])
    read_input.label.set_shape([1])
    images = tf.expand_dims(float_image, 0)
    tf.summary.image('images', images)
    return images, tf.reshape(read_input.label, [1])
record = tf.placeholder(tf.uint8, [1 + 8 * 8 * 3])
images, labels = distorted_inputs(record)
eval_images, eval_labels = inputs(record)
with tf.Session() as sess:
    value = (np.arange(1 + 8 * 8 * 3) * 7) % 256
    im, lb = sess.run([images, labels], {record: value})
    print(im.shape, im.dtype, lb.tolist(), abs(float(im.mean())) < 1e-3, round(float(im.std()), 2))
    print(sess.run(eval_images, {record: value}).round(3).reshape(-1)[:12].tolist())

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
