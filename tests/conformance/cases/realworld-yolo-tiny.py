# source: gliese581gg/YOLO_tensorflow YOLO_tiny_tf.py (YOLO_TF's build_networks, conv_layer, pooling_layer and fc_layer kept as written, Python 2 prints made print(); 448x448 inputs -> 64x64, filters 16/32/64/128/256/512/1024 -> 2/2/2/3/3/4/4, fc 256/4096 -> 4/6, output 1470 -> 30; argv parsing, cv2 image reading/drawing, interpret_output's numpy post-processing and the weights restore dropped: the Saver is built and one forward pass run on a fixed image)
import numpy as np
import tensorflow as tf

class YOLO_TF:
	fromfile = None
	fromfolder = None
	disp_console = True
	alpha = 0.1
	threshold = 0.2
	iou_threshold = 0.5
	num_class = 20
	num_box = 2
	grid_size = 7

	def __init__(self,argvs = []):
		self.detected = 0
		self.overall_pics = 0
		self.build_networks()

	def build_networks(self):
		if self.disp_console : print("Building YOLO_tiny graph...")
		self.x = tf.placeholder('float32',[None,64,64,3])
		self.conv_1 = self.conv_layer(1,self.x,2,3,1)
		self.pool_2 = self.pooling_layer(2,self.conv_1,2,2)
		self.conv_3 = self.conv_layer(3,self.pool_2,2,3,1)
		self.pool_4 = self.pooling_layer(4,self.conv_3,2,2)
		self.conv_5 = self.conv_layer(5,self.pool_4,2,3,1)
		self.pool_6 = self.pooling_layer(6,self.conv_5,2,2)
		self.conv_7 = self.conv_layer(7,self.pool_6,3,3,1)
		self.pool_8 = self.pooling_layer(8,self.conv_7,2,2)
		self.conv_9 = self.conv_layer(9,self.pool_8,3,3,1)
		self.pool_10 = self.pooling_layer(10,self.conv_9,2,2)
		self.conv_11 = self.conv_layer(11,self.pool_10,4,3,1)
		self.pool_12 = self.pooling_layer(12,self.conv_11,2,2)
		self.conv_13 = self.conv_layer(13,self.pool_12,4,3,1)
		self.conv_14 = self.conv_layer(14,self.conv_13,4,3,1)
		self.conv_15 = self.conv_layer(15,self.conv_14,4,3,1)
		self.fc_16 = self.fc_layer(16,self.conv_15,4,flat=True,linear=False)
		self.fc_17 = self.fc_layer(17,self.fc_16,6,flat=False,linear=False)
		#skip dropout_18
		self.fc_19 = self.fc_layer(19,self.fc_17,30,flat=False,linear=True)
		self.sess = tf.Session()
		self.sess.run(tf.initialize_all_variables())
		self.saver = tf.train.Saver()
		if self.disp_console : print("Loading complete!" + '\n')

	def conv_layer(self,idx,inputs,filters,size,stride):
		channels = inputs.get_shape()[3]
		weight = tf.Variable(tf.truncated_normal([size,size,int(channels),filters], stddev=0.1))
		biases = tf.Variable(tf.constant(0.1, shape=[filters]))

		pad_size = size//2
		pad_mat = np.array([[0,0],[pad_size,pad_size],[pad_size,pad_size],[0,0]])
		inputs_pad = tf.pad(inputs,pad_mat)

		conv = tf.nn.conv2d(inputs_pad, weight, strides=[1, stride, stride, 1], padding='VALID',name=str(idx)+'_conv')
		conv_biased = tf.add(conv,biases,name=str(idx)+'_conv_biased')
		if self.disp_console : print('    Layer  %d : Type = Conv, Size = %d * %d, Stride = %d, Filters = %d, Input channels = %d' % (idx,size,size,stride,filters,int(channels)))
		return tf.maximum(self.alpha*conv_biased,conv_biased,name=str(idx)+'_leaky_relu')

	def pooling_layer(self,idx,inputs,size,stride):
		if self.disp_console : print('    Layer  %d : Type = Pool, Size = %d * %d, Stride = %d' % (idx,size,size,stride))
		return tf.nn.max_pool(inputs, ksize=[1, size, size, 1],strides=[1, stride, stride, 1], padding='SAME',name=str(idx)+'_pool')

	def fc_layer(self,idx,inputs,hiddens,flat = False,linear = False):
		input_shape = inputs.get_shape().as_list()
		if flat:
			dim = input_shape[1]*input_shape[2]*input_shape[3]
			inputs_transposed = tf.transpose(inputs,(0,3,1,2))
			inputs_processed = tf.reshape(inputs_transposed, [-1,dim])
		else:
			dim = input_shape[1]
			inputs_processed = inputs
		weight = tf.Variable(tf.truncated_normal([dim,hiddens], stddev=0.1))
		biases = tf.Variable(tf.constant(0.1, shape=[hiddens]))
		if self.disp_console : print('    Layer  %d : Type = Full, Hidden = %d, Input dimension = %d, Flat = %d, Activation = %d' % (idx,hiddens,int(dim),int(flat),1-int(linear)))
		if linear : return tf.add(tf.matmul(inputs_processed,weight),biases,name=str(idx)+'_fc')
		ip = tf.add(tf.matmul(inputs_processed,weight),biases)
		return tf.maximum(self.alpha*ip,ip,name=str(idx)+'_fc')

	def detect_from_array(self,img):
		inputs = np.zeros((1,64,64,3),dtype='float32')
		inputs[0] = (img/255.0)*2.0-1.0
		in_dict = {self.x: inputs}
		net_output = self.sess.run(self.fc_19,feed_dict=in_dict)
		print(net_output.shape, net_output.dtype)

yolo = YOLO_TF([])
yolo.detect_from_array(np.arange(64 * 64 * 3).reshape(64, 64, 3) % 256)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
