# source: jondeaton/BraTS18-Project segmentation/UNet3D.py (unchanged: channels_first conv3d/max_pooling3d/conv3d_transpose, batch normalization on axis -1 and the activation summaries; metrics.py's dice loss is left out: its tf.Assert call lacks the data argument, which TF refuses with a TypeError; train.py's BraTS loading and argparse dropped: 4 MRI modalities of 8x8x8 voxels instead of 240x240x155 patches, one batch run forward in training mode with the merged summaries)
import numpy as np
import tensorflow as tf


def down_block(input, is_training, num_filters, name='down_level'):
    with tf.variable_scope(name):
        conv1 = conv_block(input, is_training, num_filters=num_filters, name='conv1')
        conv2 = conv_block(conv1, is_training, num_filters=num_filters, name='conv2')

        max_pool = tf.layers.max_pooling3d(conv2,
                                           pool_size=(2,2,2), strides=2,
                                           data_format='channels_first', name='max_pool')
        return max_pool, conv2


def up_block(input, shortcut, is_training, num_filters, name="up_level"):
    with tf.variable_scope(name):
        deconv = tf.layers.conv3d_transpose(input,
                                            filters=num_filters, kernel_size=(3,3,3), strides=(2,2,2),
                                            padding='same', data_format='channels_first', name="deconv")

        concat = tf.concat(values=[deconv, shortcut], axis=1, name="concat")
        conv1 = conv_block(concat, is_training, num_filters=num_filters, name='conv1')
        conv2 = conv_block(conv1, is_training, num_filters=num_filters, name='conv2')
        return conv2


def conv_block(input, is_training, num_filters, name='conv'):
    """
    Convolution and batch normalization layer

    :param input: The input tensor
    :param is_training: Boolean tensor whether it is beign run on training or not
    :param num_filters: The number of filters to convolve on the input
    :param name: Name of the convolutional block
    :return: Tensor after convolution and batch normalization
    """
    with tf.variable_scope(name):
        kernel_initializer = tf.truncated_normal_initializer(stddev=5e-2, dtype=tf.float32)
        bias_initializer = tf.zeros_initializer(dtype=tf.float32)

        conv = tf.layers.conv3d(input,
                                filters=num_filters, kernel_size=(3,3,3), strides=(1,1,1), padding='same',
                                data_format='channels_first', activation=None, use_bias=True,
                                kernel_initializer=kernel_initializer, bias_initializer=bias_initializer)

        # Batch normalization before activation
        bn = tf.layers.batch_normalization(conv,
                                           axis=-1, momentum=0.9,
                                           epsilon=0.001, center=True, scale=True,
                                           training=is_training, name='bn')

        # Activation after batch normalization
        act = tf.nn.relu(bn, name="bn-relu")
        tf.summary.histogram('activations', act)
        tf.summary.scalar('sparsity', tf.nn.zero_fraction(act))
        return act


def model(input, seg):

    is_training = tf.placeholder(tf.bool)

    with tf.variable_scope("down"):
        level1, l1_conv = down_block(input, is_training, num_filters=8, name="down_level1")
        level2, l2_conv = down_block(level1, is_training, num_filters=16, name="down_level2")
        level3, l3_conv = down_block(level2, is_training, num_filters=32, name="down_level3")

    with tf.variable_scope("level4"):
        conv1 = conv_block(level3, is_training, num_filters=32, name="conv1")
        conv2 = conv_block(conv1, is_training, num_filters=32, name="conv2")

    with tf.variable_scope("up"):
        level3_up = up_block(conv2, l3_conv, is_training, num_filters=16, name="level3")
        level2_up = up_block(level3_up, l2_conv, is_training, num_filters=8, name="level2")
        level1_up = up_block(level2_up, l1_conv, is_training, num_filters=4, name="level1")

    with tf.variable_scope("output"):
        kernel_initializer = tf.truncated_normal_initializer(stddev=5e-2, dtype=tf.float32)
        bias_initializer = tf.zeros_initializer(dtype=tf.float32)
        output = tf.layers.conv3d(level1_up,
                                  filters=3, kernel_size=(3,3,3), strides=(1,1,1), padding='same',
                                  data_format='channels_first', activation=tf.nn.sigmoid, use_bias=True,
                                  kernel_initializer=kernel_initializer, bias_initializer=bias_initializer)

        tf.summary.histogram('activations', output)
        tf.summary.scalar('sparsity', tf.nn.zero_fraction(output))

    return output, is_training


input = tf.placeholder(tf.float32, shape=[None, 4, 8, 8, 8], name="input")
seg = tf.placeholder(tf.float32, shape=[None, 3, 8, 8, 8], name="seg")
output, is_training = model(input, seg)
print(output.shape, is_training.name)
merged = tf.summary.merge_all()
print(len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)), len(tf.get_collection(tf.GraphKeys.SUMMARIES)))

mri = np.linspace(-1.0, 1.0, 4 * 512).reshape(1, 4, 8, 8, 8).astype(np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    out, summary, _ = sess.run([output, merged, tf.get_collection(tf.GraphKeys.UPDATE_OPS)],
                               {input: mri, is_training: True})
    print(out.shape, type(summary).__name__)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
