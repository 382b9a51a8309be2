# source: igul222/improved_wgan_training gan_mnist.py, tflib/__init__.py, tflib/ops/linear.py, tflib/ops/conv2d.py, tflib/ops/deconv2d.py (MODE 'wgan' -> 'wgan-gp'; DIM 64 -> 2, BATCH_SIZE 50 -> 2, 128 fixed-noise samples -> 4; the tflib modules inlined, `lib.param`/`lib.ops.linear.Linear`... called by their function names, Python 2 prints made print(); locals().copy() (refused by scopecli's sandbox) -> a dict of the module's settings; only their he/glorot initializations, weightnorm and mask branches kept as written; matplotlib, sklearn, the MNIST loader, sample saving, plotting and the training loop dropped, one generator run kept)
import numpy as np
import tensorflow as tf
_params = {}
_param_aliases = {}
def param(name, *args, **kwargs):
    if name not in _params:
        kwargs['name'] = name
        param = tf.Variable(*args, **kwargs)
        param.param = True
        _params[name] = param
    result = _params[name]
    i = 0
    while result in _param_aliases:
        i += 1
        result = _param_aliases[result]
    return result
def params_with_name(name):
    return [p for n,p in _params.items() if name in n]
def print_model_settings(locals_):
    print("Uppercase local vars:")
    all_vars = [(k,v) for (k,v) in locals_.items() if (k.isupper() and k!='T' and k!='SETTINGS' and k!='ALL_SETTINGS')]
    all_vars = sorted(all_vars, key=lambda x: x[0])
    for var_name, var_value in all_vars:
        print("\t{}: {}".format(var_name, var_value))
_default_weightnorm = False
_weights_stdev = None
def Linear(
        name,
        input_dim,
        output_dim,
        inputs,
        biases=True,
        initialization=None,
        weightnorm=None,
        gain=1.
        ):
    with tf.name_scope(name) as scope:
        def uniform(stdev, size):
            if _weights_stdev is not None:
                stdev = _weights_stdev
            return np.random.uniform(
                low=-stdev * np.sqrt(3),
                high=stdev * np.sqrt(3),
                size=size
            ).astype('float32')
        if initialization == 'lecun':
            weight_values = uniform(
                np.sqrt(1./input_dim),
                (input_dim, output_dim)
            )
        elif initialization == 'glorot' or (initialization == None):
            weight_values = uniform(
                np.sqrt(2./(input_dim+output_dim)),
                (input_dim, output_dim)
            )
        elif initialization == 'he':
            weight_values = uniform(
                np.sqrt(2./input_dim),
                (input_dim, output_dim)
            )
        else:
            raise Exception('Invalid initialization!')
        weight_values *= gain
        weight = param(
            name + '.W',
            weight_values
        )
        if weightnorm==None:
            weightnorm = _default_weightnorm
        if weightnorm:
            norm_values = np.sqrt(np.sum(np.square(weight_values), axis=0))
            target_norms = param(
                name + '.g',
                norm_values
            )
            with tf.name_scope('weightnorm') as scope:
                norms = tf.sqrt(tf.reduce_sum(tf.square(weight), reduction_indices=[0]))
                weight = weight * (target_norms / norms)
        if inputs.get_shape().ndims == 2:
            result = tf.matmul(inputs, weight)
        else:
            reshaped_inputs = tf.reshape(inputs, [-1, input_dim])
            result = tf.matmul(reshaped_inputs, weight)
            result = tf.reshape(result, tf.pack(tf.unpack(tf.shape(inputs))[:-1] + [output_dim]))
        if biases:
            result = tf.nn.bias_add(
                result,
                param(
                    name + '.b',
                    np.zeros((output_dim,), dtype='float32')
                )
            )
        return result
def Conv2D(name, input_dim, output_dim, filter_size, inputs, he_init=True, mask_type=None, stride=1, weightnorm=None, biases=True, gain=1.):
    with tf.name_scope(name) as scope:
        def uniform(stdev, size):
            return np.random.uniform(
                low=-stdev * np.sqrt(3),
                high=stdev * np.sqrt(3),
                size=size
            ).astype('float32')
        fan_in = input_dim * filter_size**2
        fan_out = output_dim * filter_size**2 / (stride**2)
        if mask_type is not None:
            fan_in /= 2.
            fan_out /= 2.
        if he_init:
            filters_stdev = np.sqrt(4./(fan_in+fan_out))
        else:
            filters_stdev = np.sqrt(2./(fan_in+fan_out))
        if _weights_stdev is not None:
            filter_values = uniform(
                _weights_stdev,
                (filter_size, filter_size, input_dim, output_dim)
            )
        else:
            filter_values = uniform(
                filters_stdev,
                (filter_size, filter_size, input_dim, output_dim)
            )
        filter_values *= gain
        filters = param(name+'.Filters', filter_values)
        if weightnorm==None:
            weightnorm = _default_weightnorm
        if weightnorm:
            norm_values = np.sqrt(np.sum(np.square(filter_values), axis=(0,1,2)))
            target_norms = param(
                name + '.g',
                norm_values
            )
            with tf.name_scope('weightnorm') as scope:
                norms = tf.sqrt(tf.reduce_sum(tf.square(filters), reduction_indices=[0,1,2]))
                filters = filters * (target_norms / norms)
        result = tf.nn.conv2d(
            input=inputs,
            filter=filters,
            strides=[1, 1, stride, stride],
            padding='SAME',
            data_format='NCHW'
        )
        if biases:
            _biases = param(
                name+'.Biases',
                np.zeros(output_dim, dtype='float32')
            )
            result = tf.nn.bias_add(result, _biases, data_format='NCHW')
        return result
def Deconv2D(
    name,
    input_dim,
    output_dim,
    filter_size,
    inputs,
    he_init=True,
    weightnorm=None,
    biases=True,
    gain=1.,
    mask_type=None,
    ):
    with tf.name_scope(name) as scope:
        if mask_type != None:
            raise Exception('Unsupported configuration')
        def uniform(stdev, size):
            return np.random.uniform(
                low=-stdev * np.sqrt(3),
                high=stdev * np.sqrt(3),
                size=size
            ).astype('float32')
        stride = 2
        fan_in = input_dim * filter_size**2 / (stride**2)
        fan_out = output_dim * filter_size**2
        if he_init:
            filters_stdev = np.sqrt(4./(fan_in+fan_out))
        else:
            filters_stdev = np.sqrt(2./(fan_in+fan_out))
        if _weights_stdev is not None:
            filter_values = uniform(
                _weights_stdev,
                (filter_size, filter_size, output_dim, input_dim)
            )
        else:
            filter_values = uniform(
                filters_stdev,
                (filter_size, filter_size, output_dim, input_dim)
            )
        filter_values *= gain
        filters = param(
            name+'.Filters',
            filter_values
        )
        if weightnorm==None:
            weightnorm = _default_weightnorm
        if weightnorm:
            norm_values = np.sqrt(np.sum(np.square(filter_values), axis=(0,1,3)))
            target_norms = param(
                name + '.g',
                norm_values
            )
            with tf.name_scope('weightnorm') as scope:
                norms = tf.sqrt(tf.reduce_sum(tf.square(filters), reduction_indices=[0,1,3]))
                filters = filters * tf.expand_dims(target_norms / norms, 1)
        inputs = tf.transpose(inputs, [0,2,3,1], name='NCHW_to_NHWC')
        input_shape = tf.shape(inputs)
        try:
            output_shape = tf.pack([input_shape[0], 2*input_shape[1], 2*input_shape[2], output_dim])
        except Exception as e:
            output_shape = tf.stack([input_shape[0], 2*input_shape[1], 2*input_shape[2], output_dim])
        result = tf.nn.conv2d_transpose(
            value=inputs,
            filter=filters,
            output_shape=output_shape,
            strides=[1, 2, 2, 1],
            padding='SAME'
        )
        if biases:
            _biases = param(
                name+'.Biases',
                np.zeros(output_dim, dtype='float32')
            )
            result = tf.nn.bias_add(result, _biases)
        result = tf.transpose(result, [0,3,1,2], name='NHWC_to_NCHW')
        return result
np.random.seed(0)
MODE = 'wgan-gp'
DIM = 2
BATCH_SIZE = 2
CRITIC_ITERS = 5
LAMBDA = 10
ITERS = 200000
OUTPUT_DIM = 784
print_model_settings(dict(MODE=MODE, DIM=DIM, BATCH_SIZE=BATCH_SIZE, CRITIC_ITERS=CRITIC_ITERS, LAMBDA=LAMBDA, ITERS=ITERS, OUTPUT_DIM=OUTPUT_DIM, np=np))
def LeakyReLU(x, alpha=0.2):
    return tf.maximum(alpha*x, x)
def Generator(n_samples, noise=None):
    if noise is None:
        noise = tf.random_normal([n_samples, 128])
    output = Linear('Generator.Input', 128, 4*4*4*DIM, noise)
    output = tf.nn.relu(output)
    output = tf.reshape(output, [-1, 4*DIM, 4, 4])
    output = Deconv2D('Generator.2', 4*DIM, 2*DIM, 5, output)
    output = tf.nn.relu(output)
    output = output[:,:,:7,:7]
    output = Deconv2D('Generator.3', 2*DIM, DIM, 5, output)
    output = tf.nn.relu(output)
    output = Deconv2D('Generator.5', DIM, 1, 5, output)
    output = tf.nn.sigmoid(output)
    return tf.reshape(output, [-1, OUTPUT_DIM])
def Discriminator(inputs):
    output = tf.reshape(inputs, [-1, 1, 28, 28])
    output = Conv2D('Discriminator.1',1,DIM,5,output,stride=2)
    output = LeakyReLU(output)
    output = Conv2D('Discriminator.2', DIM, 2*DIM, 5, output, stride=2)
    output = LeakyReLU(output)
    output = Conv2D('Discriminator.3', 2*DIM, 4*DIM, 5, output, stride=2)
    output = LeakyReLU(output)
    output = tf.reshape(output, [-1, 4*4*4*DIM])
    output = Linear('Discriminator.Output', 4*4*4*DIM, 1, output)
    return tf.reshape(output, [-1])
real_data = tf.placeholder(tf.float32, shape=[BATCH_SIZE, OUTPUT_DIM])
fake_data = Generator(BATCH_SIZE)
disc_real = Discriminator(real_data)
disc_fake = Discriminator(fake_data)
gen_params = params_with_name('Generator')
disc_params = params_with_name('Discriminator')
gen_cost = -tf.reduce_mean(disc_fake)
disc_cost = tf.reduce_mean(disc_fake) - tf.reduce_mean(disc_real)
alpha = tf.random_uniform(
    shape=[BATCH_SIZE,1],
    minval=0.,
    maxval=1.
)
differences = fake_data - real_data
interpolates = real_data + (alpha*differences)
gradients = tf.gradients(Discriminator(interpolates), [interpolates])[0]
slopes = tf.sqrt(tf.reduce_sum(tf.square(gradients), reduction_indices=[1]))
gradient_penalty = tf.reduce_mean((slopes-1.)**2)
disc_cost += LAMBDA*gradient_penalty
gen_train_op = tf.train.AdamOptimizer(
    learning_rate=1e-4,
    beta1=0.5,
    beta2=0.9
).minimize(gen_cost, var_list=gen_params)
disc_train_op = tf.train.AdamOptimizer(
    learning_rate=1e-4,
    beta1=0.5,
    beta2=0.9
).minimize(disc_cost, var_list=disc_params)
clip_disc_weights = None
fixed_noise = tf.constant(np.random.normal(size=(4, 128)).astype('float32'))
fixed_noise_samples = Generator(4, noise=fixed_noise)
with tf.Session() as session:
    session.run(tf.initialize_all_variables())
    samples = session.run(fixed_noise_samples)
    print(samples.reshape((4, 28, 28)).shape, [p.name for p in gen_params][:3], len(disc_params))

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
