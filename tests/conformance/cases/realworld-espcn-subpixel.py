# source: fannymonori/TF-ESPCN ESPCN.py, run.py (ESPCN kept as written except tf.contrib.layers.xavier_initializer_conv2d() -> tf.glorot_uniform_initializer(), the same uniform variance-scaling ops; filters 64/32 -> 3/2, scale 3 -> 2; training(): the tf.data generator pipeline -> the file's commented-out placeholder inputs, the ConfigProto with gpu_options.allow_growth kept, FileWriter, checkpoint files and the epoch loop dropped: one training step and one psnr run on fixed 6x6 images)
import numpy as np
import tensorflow as tf


class ESPCN:

    def __init__(self, input, scale, learning_rate):
        self.LR_input = input
        self.scale = scale
        self.learning_rate = learning_rate
        self.saver = ""

    def ESPCN_model(self):
        scale = self.scale
        channels = 1
        bias_initializer = tf.constant_initializer(value=0.1)
        initializer = tf.glorot_uniform_initializer()

        filters = [
            tf.Variable(initializer(shape=(5, 5, channels, 3)), name="f1"),  # (f1,n1) = (5,64)
            tf.Variable(initializer(shape=(3, 3, 3, 2)), name="f2"),  # (f2,n2) = (3,32)
            tf.Variable(initializer(shape=(3, 3, 2, channels * (scale * scale))), name="f3")  # (f3) = (3)
        ]

        bias = [
            tf.get_variable(shape=[3], initializer=bias_initializer, name="b1"),
            tf.get_variable(shape=[2], initializer=bias_initializer, name="b2"),
            tf.get_variable(shape=[channels * (scale * scale)], initializer=bias_initializer, name="b3")  # HxWxr^2
        ]

        l1 = tf.nn.conv2d(self.LR_input, filters[0], [1, 1, 1, 1], padding='SAME', name="conv1")
        l1 = l1 + bias[0]
        l1 = tf.nn.relu(l1)

        l2 = tf.nn.conv2d(l1, filters[1], [1, 1, 1, 1], padding='SAME', name="conv2")
        l2 = l2 + bias[1]
        l2 = tf.nn.relu(l2)

        l3 = tf.nn.conv2d(l2, filters[2], [1, 1, 1, 1], padding='SAME', name="conv3")
        l3 = l3 + bias[2]

        # Depth_to_space is equivalent to the pixel shuffle layer.
        out = tf.nn.depth_to_space(l3, scale, data_format='NHWC')
        out_nchw = tf.transpose(out, [0, 3, 1, 2], name="NCHW_output")

        out = tf.nn.tanh(out, name="NHWC_output")

        self.saver = tf.train.Saver()

        return out

    def ESPCN_trainable_model(self, HR_out, HR_orig):
        psnr = tf.image.psnr(HR_out, HR_orig, max_val=1.0)

        loss = tf.losses.mean_squared_error(HR_orig, HR_out)

        train_op = tf.train.AdamOptimizer(learning_rate=self.learning_rate).minimize(loss)

        return loss, train_op, psnr


SCALE = 2
LRATE = 0.001
config = tf.ConfigProto()
config.gpu_options.allow_growth = True

LR_images = tf.placeholder(tf.float32, [None, None, None, 1], name='images')
HR_images = tf.placeholder(tf.float32, [None, None, None, 1], name='labels')

EM = ESPCN(input=LR_images, scale=SCALE, learning_rate=LRATE)
model = EM.ESPCN_model()
loss, train_op, psnr = EM.ESPCN_trainable_model(model, HR_images)
print(model.shape, psnr.shape, loss.shape)

batch_x = np.linspace(0.0, 1.0, 2 * 36).reshape(2, 6, 6, 1).astype(np.float32)
batch_y = np.linspace(0.0, 1.0, 2 * 144).reshape(2, 12, 12, 1).astype(np.float32)
with tf.Session(config=config) as sess:
    sess.run(tf.global_variables_initializer())
    l, t, ps = sess.run([loss, train_op, psnr], feed_dict={EM.LR_input: batch_x, HR_images: batch_y})
    print(np.shape(l), t, np.asarray(ps).shape)
    out = sess.run(tf.get_default_graph().get_tensor_by_name("NCHW_output:0"), feed_dict={LR_images: batch_x})
    print(out.shape)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
