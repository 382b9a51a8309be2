# source: YunYang1994/tensorflow-yolov3 core/common.py, core/backbone.py, core/yolov3.py (commit 03fbf72; the three modules kept as written: darknet53, the three detection branches with deconv upsampling, decode, GIoU/IoU, focal and the loss layers; channels 32/64/128/256/512/1024 -> 2/2/2/3/3/4 (so the routes concatenate 3+3 and 2+3 channels), the 8/8/4-block residual stages -> 2/2/1 blocks with the same name offsets; core.config's cfg and utils' class-name and anchor files -> 2 classes, strides [8, 16, 32] and a fixed (3, 3, 2) anchor array, upsample method "deconv", IoU threshold 0.5; train.py at that commit is not stored, so a small driver: placeholders for a 32x32 batch and its labels, the summed losses minimised by Adam after the UPDATE_OPS, one step)
import numpy as np
import tensorflow as tf


class cfg:
    class YOLO:
        STRIDES = [8, 16, 32]
        ANCHOR_PER_SCALE = 3
        IOU_LOSS_THRESH = 0.5
        UPSAMPLE_METHOD = "deconv"


class utils:
    @staticmethod
    def read_class_names(class_file_name):
        return {0: "person", 1: "car"}

    @staticmethod
    def get_anchors(anchors_path):
        anchors = np.array([1.25, 1.625, 2.0, 3.75, 4.125, 2.875, 1.875, 3.8125, 3.875, 2.8125, 3.6875,
                            7.4375, 3.625, 2.8125, 4.875, 6.1875, 11.65625, 10.1875], dtype=np.float32)
        return anchors.reshape(3, 3, 2)


# core/common.py
class common:
    @staticmethod
    def convolutional(input_data, filters_shape, trainable, name, downsample=False, activate=True, bn=True):

        with tf.variable_scope(name):
            if downsample:
                pad_h, pad_w = (filters_shape[0] - 2) // 2 + 1, (filters_shape[1] - 2) // 2 + 1
                paddings = tf.constant([[0, 0], [pad_h, pad_h], [pad_w, pad_w], [0, 0]])
                input_data = tf.pad(input_data, paddings, 'CONSTANT')
                strides = (1, 2, 2, 1)
                padding = 'VALID'
            else:
                strides = (1, 1, 1, 1)
                padding = "SAME"

            weight = tf.get_variable(name='weight', dtype=tf.float32, trainable=True,
                                     shape=filters_shape, initializer=tf.random_normal_initializer(stddev=0.01))
            conv = tf.nn.conv2d(input=input_data, filter=weight, strides=strides, padding=padding)

            if bn:
                conv = tf.layers.batch_normalization(conv, beta_initializer=tf.zeros_initializer(),
                                                     gamma_initializer=tf.ones_initializer(),
                                                     moving_mean_initializer=tf.zeros_initializer(),
                                                     moving_variance_initializer=tf.ones_initializer(), training=trainable)
            else:
                bias = tf.get_variable(name='bias', shape=filters_shape[-1], trainable=True,
                                       dtype=tf.float32, initializer=tf.constant_initializer(0.0))
                conv = tf.nn.bias_add(conv, bias)

            if activate == True: conv = tf.nn.leaky_relu(conv, alpha=0.1)

        return conv

    @staticmethod
    def residual_block(input_data, input_channel, filter_num1, filter_num2, trainable, name):

        short_cut = input_data

        with tf.variable_scope(name):
            input_data = common.convolutional(input_data, filters_shape=(1, 1, input_channel, filter_num1),
                                       trainable=trainable, name='conv1')
            input_data = common.convolutional(input_data, filters_shape=(3, 3, filter_num1,   filter_num2),
                                       trainable=trainable, name='conv2')

            residual_output = input_data + short_cut

        return residual_output

    @staticmethod
    def upsample(input_data, name, method="deconv"):
        assert method in ["resize", "deconv"]

        if method == "resize":
            with tf.variable_scope(name):
                input_shape = tf.shape(input_data)
                output = tf.image.resize_nearest_neighbor(input_data, (input_shape[1] * 2, input_shape[2] * 2))

        if method == "deconv":
            # replace resize_nearest_neighbor with conv2d_transpose To support TensorRT optimization
            numm_filter = input_data.shape.as_list()[-1]
            output = tf.layers.conv2d_transpose(input_data, numm_filter, kernel_size=2, padding='same',
                                                strides=(2,2), kernel_initializer=tf.random_normal_initializer())

        return output


# core/backbone.py
class backbone:
    @staticmethod
    def darknet53(input_data, trainable):

        with tf.variable_scope('darknet'):

            input_data = common.convolutional(input_data, filters_shape=(3, 3,  3,  2), trainable=trainable, name='conv0')
            input_data = common.convolutional(input_data, filters_shape=(3, 3, 2,  2),
                                              trainable=trainable, name='conv1', downsample=True)

            for i in range(1):
                input_data = common.residual_block(input_data,  2,  2, 2, trainable=trainable, name='residual%d' %(i+0))

            input_data = common.convolutional(input_data, filters_shape=(3, 3,  2, 2),
                                              trainable=trainable, name='conv4', downsample=True)

            for i in range(2):
                input_data = common.residual_block(input_data, 2,  2, 2, trainable=trainable, name='residual%d' %(i+1))

            input_data = common.convolutional(input_data, filters_shape=(3, 3, 2, 3),
                                              trainable=trainable, name='conv9', downsample=True)

            for i in range(2):
                input_data = common.residual_block(input_data, 3, 2, 3, trainable=trainable, name='residual%d' %(i+3))

            route_1 = input_data
            input_data = common.convolutional(input_data, filters_shape=(3, 3, 3, 3),
                                              trainable=trainable, name='conv26', downsample=True)

            for i in range(2):
                input_data = common.residual_block(input_data, 3, 3, 3, trainable=trainable, name='residual%d' %(i+11))

            route_2 = input_data
            input_data = common.convolutional(input_data, filters_shape=(3, 3, 3, 4),
                                              trainable=trainable, name='conv43', downsample=True)

            for i in range(1):
                input_data = common.residual_block(input_data, 4, 3, 4, trainable=trainable, name='residual%d' %(i+19))

            return route_1, route_2, input_data


# core/yolov3.py
class YOLOV3(object):
    """Implement tensoflow yolov3 here"""
    def __init__(self, input_data, trainable):

        self.trainable        = trainable
        self.classes          = utils.read_class_names("./data/classes/coco.names")
        self.num_class        = len(self.classes)
        self.strides          = np.array(cfg.YOLO.STRIDES)
        self.anchors          = utils.get_anchors("./data/anchors/basline_anchors.txt")
        self.anchor_per_scale = cfg.YOLO.ANCHOR_PER_SCALE
        self.iou_loss_thresh  = cfg.YOLO.IOU_LOSS_THRESH
        self.upsample_method  = cfg.YOLO.UPSAMPLE_METHOD

        try:
            self.conv_lbbox, self.conv_mbbox, self.conv_sbbox = self.__build_nework(input_data)
        except:
            raise NotImplementedError("Can not build up yolov3 network!")

        with tf.variable_scope('pred_sbbox'):
            self.pred_sbbox = self.decode(self.conv_sbbox, self.anchors[0], self.strides[0])

        with tf.variable_scope('pred_mbbox'):
            self.pred_mbbox = self.decode(self.conv_mbbox, self.anchors[1], self.strides[1])

        with tf.variable_scope('pred_lbbox'):
            self.pred_lbbox = self.decode(self.conv_lbbox, self.anchors[2], self.strides[2])

    def __build_nework(self, input_data):

        route_1, route_2, input_data = backbone.darknet53(input_data, self.trainable)

        input_data = common.convolutional(input_data, (1, 1, 4,  3), self.trainable, 'conv52')
        input_data = common.convolutional(input_data, (3, 3,  3, 4), self.trainable, 'conv53')
        input_data = common.convolutional(input_data, (1, 1, 4,  3), self.trainable, 'conv54')
        input_data = common.convolutional(input_data, (3, 3,  3, 4), self.trainable, 'conv55')
        input_data = common.convolutional(input_data, (1, 1, 4,  3), self.trainable, 'conv56')

        conv_lobj_branch = common.convolutional(input_data, (3, 3, 3, 4), self.trainable, name='conv_lobj_branch')
        conv_lbbox = common.convolutional(conv_lobj_branch, (1, 1, 4, 3*(self.num_class + 5)),
                                          trainable=self.trainable, name='conv_lbbox', activate=False, bn=False)

        input_data = common.convolutional(input_data, (1, 1,  3,  3), self.trainable, 'conv57')
        input_data = common.upsample(input_data, name='upsample0', method=self.upsample_method)

        with tf.variable_scope('route_1'):
            input_data = tf.concat([input_data, route_2], axis=-1)

        input_data = common.convolutional(input_data, (1, 1, 6, 3), self.trainable, 'conv58')
        input_data = common.convolutional(input_data, (3, 3, 3, 3), self.trainable, 'conv59')
        input_data = common.convolutional(input_data, (1, 1, 3, 3), self.trainable, 'conv60')
        input_data = common.convolutional(input_data, (3, 3, 3, 3), self.trainable, 'conv61')
        input_data = common.convolutional(input_data, (1, 1, 3, 3), self.trainable, 'conv62')

        conv_mobj_branch = common.convolutional(input_data, (3, 3, 3, 3),  self.trainable, name='conv_mobj_branch' )
        conv_mbbox = common.convolutional(conv_mobj_branch, (1, 1, 3, 3*(self.num_class + 5)),
                                          trainable=self.trainable, name='conv_mbbox', activate=False, bn=False)

        input_data = common.convolutional(input_data, (1, 1, 3, 2), self.trainable, 'conv63')
        input_data = common.upsample(input_data, name='upsample1', method=self.upsample_method)

        with tf.variable_scope('route_2'):
            input_data = tf.concat([input_data, route_1], axis=-1)

        input_data = common.convolutional(input_data, (1, 1, 5, 2), self.trainable, 'conv64')
        input_data = common.convolutional(input_data, (3, 3, 2, 3), self.trainable, 'conv65')
        input_data = common.convolutional(input_data, (1, 1, 3, 2), self.trainable, 'conv66')
        input_data = common.convolutional(input_data, (3, 3, 2, 3), self.trainable, 'conv67')
        input_data = common.convolutional(input_data, (1, 1, 3, 2), self.trainable, 'conv68')

        conv_sobj_branch = common.convolutional(input_data, (3, 3, 2, 3), self.trainable, name='conv_sobj_branch')
        conv_sbbox = common.convolutional(conv_sobj_branch, (1, 1, 3, 3*(self.num_class + 5)),
                                          trainable=self.trainable, name='conv_sbbox', activate=False, bn=False)

        return conv_lbbox, conv_mbbox, conv_sbbox

    def decode(self, conv_output, anchors, stride):
        """
        return tensor of shape [batch_size, output_size, output_size, anchor_per_scale, 5 + num_classes]
               contains (x, y, w, h, score, probability)
        """

        conv_shape       = tf.shape(conv_output)
        batch_size       = conv_shape[0]
        output_size      = conv_shape[1]
        anchor_per_scale = len(anchors)

        conv_output = tf.reshape(conv_output, (batch_size, output_size, output_size, anchor_per_scale, 5 + self.num_class))

        conv_raw_dxdy = conv_output[:, :, :, :, 0:2]
        conv_raw_dwdh = conv_output[:, :, :, :, 2:4]
        conv_raw_conf = conv_output[:, :, :, :, 4:5]
        conv_raw_prob = conv_output[:, :, :, :, 5: ]

        y = tf.tile(tf.range(output_size, dtype=tf.int32)[:, tf.newaxis], [1, output_size])
        x = tf.tile(tf.range(output_size, dtype=tf.int32)[tf.newaxis, :], [output_size, 1])

        xy_grid = tf.concat([x[:, :, tf.newaxis], y[:, :, tf.newaxis]], axis=-1)
        xy_grid = tf.tile(xy_grid[tf.newaxis, :, :, tf.newaxis, :], [batch_size, 1, 1, anchor_per_scale, 1])
        xy_grid = tf.cast(xy_grid, tf.float32)

        pred_xy = (tf.sigmoid(conv_raw_dxdy) + xy_grid) * stride
        pred_wh = (tf.exp(conv_raw_dwdh) * anchors) * stride
        pred_xywh = tf.concat([pred_xy, pred_wh], axis=-1)

        pred_conf = tf.sigmoid(conv_raw_conf)
        pred_prob = tf.sigmoid(conv_raw_prob)

        return tf.concat([pred_xywh, pred_conf, pred_prob], axis=-1)

    def focal(self, target, actual, alpha=1, gamma=2):
        focal_loss = alpha * tf.pow(tf.abs(target - actual), gamma)
        return focal_loss

    def bbox_giou(self, boxes1, boxes2):

        boxes1 = tf.concat([boxes1[..., :2] - boxes1[..., 2:] * 0.5,
                            boxes1[..., :2] + boxes1[..., 2:] * 0.5], axis=-1)
        boxes2 = tf.concat([boxes2[..., :2] - boxes2[..., 2:] * 0.5,
                            boxes2[..., :2] + boxes2[..., 2:] * 0.5], axis=-1)

        boxes1 = tf.concat([tf.minimum(boxes1[..., :2], boxes1[..., 2:]),
                            tf.maximum(boxes1[..., :2], boxes1[..., 2:])], axis=-1)
        boxes2 = tf.concat([tf.minimum(boxes2[..., :2], boxes2[..., 2:]),
                            tf.maximum(boxes2[..., :2], boxes2[..., 2:])], axis=-1)

        boxes1_area = (boxes1[..., 2] - boxes1[..., 0]) * (boxes1[..., 3] - boxes1[..., 1])
        boxes2_area = (boxes2[..., 2] - boxes2[..., 0]) * (boxes2[..., 3] - boxes2[..., 1])

        left_up = tf.maximum(boxes1[..., :2], boxes2[..., :2])
        right_down = tf.minimum(boxes1[..., 2:], boxes2[..., 2:])

        inter_section = tf.maximum(right_down - left_up, 0.0)
        inter_area = inter_section[..., 0] * inter_section[..., 1]
        union_area = boxes1_area + boxes2_area - inter_area
        iou = inter_area / union_area

        enclose_left_up = tf.minimum(boxes1[..., :2], boxes2[..., :2])
        enclose_right_down = tf.maximum(boxes1[..., 2:], boxes2[..., 2:])
        enclose = tf.maximum(enclose_right_down - enclose_left_up, 0.0)
        enclose_area = enclose[..., 0] * enclose[..., 1]
        giou = iou - 1.0 * (enclose_area - union_area) / enclose_area

        return giou

    def bbox_iou(self, boxes1, boxes2):

        boxes1_area = boxes1[..., 2] * boxes1[..., 3]
        boxes2_area = boxes2[..., 2] * boxes2[..., 3]

        boxes1 = tf.concat([boxes1[..., :2] - boxes1[..., 2:] * 0.5,
                            boxes1[..., :2] + boxes1[..., 2:] * 0.5], axis=-1)
        boxes2 = tf.concat([boxes2[..., :2] - boxes2[..., 2:] * 0.5,
                            boxes2[..., :2] + boxes2[..., 2:] * 0.5], axis=-1)

        left_up = tf.maximum(boxes1[..., :2], boxes2[..., :2])
        right_down = tf.minimum(boxes1[..., 2:], boxes2[..., 2:])

        inter_section = tf.maximum(right_down - left_up, 0.0)
        inter_area = inter_section[..., 0] * inter_section[..., 1]
        union_area = boxes1_area + boxes2_area - inter_area
        iou = 1.0 * inter_area / union_area

        return iou

    def loss_layer(self, conv, pred, label, bboxes, anchors, stride):

        conv_shape  = tf.shape(conv)
        batch_size  = conv_shape[0]
        output_size = conv_shape[1]
        input_size  = stride * output_size
        conv = tf.reshape(conv, (batch_size, output_size, output_size,
                                 self.anchor_per_scale, 5 + self.num_class))
        conv_raw_conf = conv[:, :, :, :, 4:5]
        conv_raw_prob = conv[:, :, :, :, 5:]

        pred_xywh     = pred[:, :, :, :, 0:4]
        pred_conf     = pred[:, :, :, :, 4:5]

        label_xywh    = label[:, :, :, :, 0:4]
        respond_bbox  = label[:, :, :, :, 4:5]
        label_prob    = label[:, :, :, :, 5:]

        giou = tf.expand_dims(self.bbox_giou(pred_xywh, label_xywh), axis=-1)
        input_size = tf.cast(input_size, tf.float32)

        bbox_loss_scale = 2.0 - 1.0 * label_xywh[:, :, :, :, 2:3] * label_xywh[:, :, :, :, 3:4] / (input_size ** 2)
        giou_loss = respond_bbox * bbox_loss_scale * (1- giou)

        iou = self.bbox_iou(pred_xywh[:, :, :, :, np.newaxis, :], bboxes[:, np.newaxis, np.newaxis, np.newaxis, :, :])
        max_iou = tf.expand_dims(tf.reduce_max(iou, axis=-1), axis=-1)

        respond_bgd = (1.0 - respond_bbox) * tf.cast( max_iou < self.iou_loss_thresh, tf.float32 )

        conf_focal = self.focal(respond_bbox, pred_conf)

        conf_loss = conf_focal * (
                respond_bbox * tf.nn.sigmoid_cross_entropy_with_logits(labels=respond_bbox, logits=conv_raw_conf)
                +
                respond_bgd * tf.nn.sigmoid_cross_entropy_with_logits(labels=respond_bbox, logits=conv_raw_conf)
        )

        prob_loss = respond_bbox * tf.nn.sigmoid_cross_entropy_with_logits(labels=label_prob, logits=conv_raw_prob)

        giou_loss = tf.reduce_mean(tf.reduce_sum(giou_loss, axis=[1,2,3,4]))
        conf_loss = tf.reduce_mean(tf.reduce_sum(conf_loss, axis=[1,2,3,4]))
        prob_loss = tf.reduce_mean(tf.reduce_sum(prob_loss, axis=[1,2,3,4]))

        return giou_loss, conf_loss, prob_loss



    def compute_loss(self, label_sbbox, label_mbbox, label_lbbox, true_sbbox, true_mbbox, true_lbbox):

        with tf.name_scope('smaller_box_loss'):
            loss_sbbox = self.loss_layer(self.conv_sbbox, self.pred_sbbox, label_sbbox, true_sbbox,
                                         anchors = self.anchors[0], stride = self.strides[0])

        with tf.name_scope('medium_box_loss'):
            loss_mbbox = self.loss_layer(self.conv_mbbox, self.pred_mbbox, label_mbbox, true_mbbox,
                                         anchors = self.anchors[1], stride = self.strides[1])

        with tf.name_scope('bigger_box_loss'):
            loss_lbbox = self.loss_layer(self.conv_lbbox, self.pred_lbbox, label_lbbox, true_lbbox,
                                         anchors = self.anchors[2], stride = self.strides[2])

        with tf.name_scope('giou_loss'):
            giou_loss = loss_sbbox[0] + loss_mbbox[0] + loss_lbbox[0]

        with tf.name_scope('conf_loss'):
            conf_loss = loss_sbbox[1] + loss_mbbox[1] + loss_lbbox[1]

        with tf.name_scope('prob_loss'):
            prob_loss = loss_sbbox[2] + loss_mbbox[2] + loss_lbbox[2]

        return giou_loss, conf_loss, prob_loss


# driver (train.py's graph part is not stored at this commit)
with tf.name_scope('define_input'):
    input_data   = tf.placeholder(dtype=tf.float32, shape=[None, 32, 32, 3], name='input_data')
    label_sbbox  = tf.placeholder(dtype=tf.float32, name='label_sbbox')
    label_mbbox  = tf.placeholder(dtype=tf.float32, name='label_mbbox')
    label_lbbox  = tf.placeholder(dtype=tf.float32, name='label_lbbox')
    true_sbboxes = tf.placeholder(dtype=tf.float32, name='sbboxes')
    true_mbboxes = tf.placeholder(dtype=tf.float32, name='mbboxes')
    true_lbboxes = tf.placeholder(dtype=tf.float32, name='lbboxes')
    trainable    = tf.placeholder(dtype=tf.bool, name='training')

with tf.name_scope("define_loss"):
    model = YOLOV3(input_data, trainable)
    giou_loss, conf_loss, prob_loss = model.compute_loss(label_sbbox, label_mbbox, label_lbbox,
                                                         true_sbboxes, true_mbboxes, true_lbboxes)
    loss = giou_loss + conf_loss + prob_loss

with tf.name_scope("train"):
    update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        optimizer = tf.train.AdamOptimizer(1e-4).minimize(loss)

print(model.pred_sbbox.shape, model.pred_lbbox.shape, len(update_ops))


def labels_for(size, rng_offset):
    label = np.zeros([1, size, size, 3, 7], np.float32)
    label[0, 0, 0, 1, :] = [4.0 + rng_offset, 5.0, 6.0, 7.0, 1.0, 1.0, 0.0]
    boxes = np.array([[[4.0 + rng_offset, 5.0, 6.0, 7.0], [0.0, 0.0, 0.0, 0.0]]], np.float32)
    return label, boxes


images = np.linspace(0.0, 1.0, 32 * 32 * 3).reshape(1, 32, 32, 3).astype(np.float32)
ls, bs = labels_for(4, 0.0)
lm, bm = labels_for(2, 1.0)
ll, bl = labels_for(1, 2.0)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    _, values = sess.run([optimizer, [giou_loss, conf_loss, prob_loss]],
                         feed_dict={input_data: images, label_sbbox: ls, label_mbbox: lm, label_lbbox: ll,
                                    true_sbboxes: bs, true_mbboxes: bm, true_lbboxes: bl, trainable: True})
    print([np.shape(v) for v in values])
    pred = sess.run(model.pred_mbbox, feed_dict={input_data: images, trainable: False})
    print(pred.shape)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
