# source: omoindrot/tensorflow-triplet-loss model/triplet_loss.py, model/model_fn.py (triplet_loss.py unchanged; build_model and model_fn kept as written except the tf.contrib.losses.metric_learning.triplet_semihard_loss call -> the file's own batch_hard_triplet_loss (later versions of model_fn choose batch_all/batch_hard this way), batch_all_triplet_loss built as well; Params -> a plain class: 28x28 images -> 8x8 (the 7x7 assert becoming 2x2), num_channels 32 -> 2, embedding 64 -> 3; the tf.data input_fn -> placeholders, a train and an eval model_fn sharing weights (reuse=True); one training step, one metrics update and the loss run, summaries built but not run)
import numpy as np
import tensorflow as tf


def get_anchor_positive_triplet_mask(labels):
    # Check that i and j are distinct
    indices_equal = tf.cast(tf.eye(tf.shape(labels)[0]), tf.bool)
    indices_not_equal = tf.logical_not(indices_equal)
    i_not_equal_j = tf.expand_dims(indices_not_equal, 2)

    # Check if labels[i] == labels[j]
    label_equal = tf.equal(tf.expand_dims(labels, 0), tf.expand_dims(labels, 1))
    label_i_equal_j = tf.expand_dims(label_equal, 2)

    # Combine the two masks
    mask = tf.logical_and(i_not_equal_j, label_i_equal_j)
    assert mask.shape[2] == 1, "{}".format(mask.shape)

    return mask


def get_anchor_negative_triplet_mask(labels):
    # Check if labels[i] != labels[k]
    label_equal = tf.equal(tf.expand_dims(labels, 0), tf.expand_dims(labels, 1))
    label_i_equal_k = tf.expand_dims(label_equal, 1)

    # Combine the two masks
    mask = tf.logical_not(label_i_equal_k)
    assert mask.shape[1] == 1, "{}".format(mask.shape)

    return mask


def get_triplet_mask(labels):
    # Check that i, j and k are distinct
    indices_equal = tf.cast(tf.eye(tf.shape(labels)[0]), tf.bool)
    indices_not_equal = tf.logical_not(indices_equal)
    i_not_equal_j = tf.expand_dims(indices_not_equal, 2)
    i_not_equal_k = tf.expand_dims(indices_not_equal, 1)
    j_not_equal_k = tf.expand_dims(indices_not_equal, 0)

    distinct_indices = tf.logical_and(tf.logical_and(i_not_equal_j, i_not_equal_k), j_not_equal_k)


    # Check if labels[i] == labels[j] and labels[i] != labels[k]
    label_equal = tf.equal(tf.expand_dims(labels, 0), tf.expand_dims(labels, 1))
    i_equal_j = tf.expand_dims(label_equal, 2)
    i_equal_k = tf.expand_dims(label_equal, 1)

    valid_labels = tf.logical_and(i_equal_j, tf.logical_not(i_equal_k))

    # Combine the two masks
    mask = tf.logical_and(distinct_indices, valid_labels)

    return mask


def batch_hard_triplet_loss(labels, embeddings, margin):
    # Get dot product between all embeddings
    # shape (batch_size, batch_size)
    dot_product = tf.matmul(embeddings, tf.transpose(embeddings, [1, 0]))

    # Get squared L2 norm for each embedding
    square_norm = tf.reduce_sum(tf.square(embeddings), axis=1)  # shape (batch_size,)

    # shape (batch_size, 1, 1)
    anchor_norm = tf.expand_dims(tf.expand_dims(square_norm, axis=1), axis=2)
    # shape (1, batch_size, 1)
    positive_norm = tf.expand_dims(tf.expand_dims(square_norm, axis=0), axis=2)
    assert positive_norm.shape[0] == 1, "{}".format(positive_norm.shape)
    assert positive_norm.shape[2] == 1, "{}".format(positive_norm.shape)
    # shape (1, 1, batch_size)
    negative_norm = tf.expand_dims(tf.expand_dims(square_norm, axis=0), axis=0)
    assert negative_norm.shape[0:2] == (1, 1), "{}".format(negative_norm.shape)

    # shape (batch_size, batch_size, 1)
    anchor_positive_dot_product = tf.expand_dims(dot_product, axis=2)
    assert anchor_positive_dot_product.shape[2] == 1, "{}".format(anchor_positive_dot_product.shape)
    # shape (batch_size, 1, batch_size)
    anchor_negative_dot_product = tf.expand_dims(dot_product, axis=1)
    assert anchor_negative_dot_product.shape[1] == 1, "{}".format(anchor_negative_dot_product.shape)

    # shape (batch_size, batch_size, 1)
    anchor_positive_dist = anchor_norm - 2.0 * anchor_positive_dot_product + positive_norm
    assert anchor_positive_dist.shape[2] == 1, "{}".format(anchor_positive_dist.shape)
    # shape (batch_size, 1, batch_size)
    anchor_negative_dist = anchor_norm - 2.0 * anchor_negative_dot_product + negative_norm
    assert anchor_negative_dist.shape[1] == 1, "{}".format(anchor_negative_dist.shape)

    # For each anchor, get the hardest positive
    # First, we need to get a mask for every valid positive (they should have same label)
    mask_anchor_positive = get_anchor_positive_triplet_mask(labels)
    mask_anchor_positive = tf.cast(mask_anchor_positive, tf.float32)

    # We put to 0 any element where (a, p) is not valid (valid if a != p and label(a) == label(p))
    anchor_positive_dist = mask_anchor_positive * anchor_positive_dist

    # shape (batch_size, 1, 1)
    hardest_positive_dist = tf.reduce_max(anchor_positive_dist, axis=1, keepdims=True)
    assert hardest_positive_dist.shape[1:3] == (1, 1)

    # For each anchor, get the hardest negative
    # First, we need to get a mask for every valid negative (they should have different labels)
    mask_anchor_negative = get_anchor_negative_triplet_mask(labels)
    mask_anchor_negative = tf.cast(mask_anchor_negative, tf.float32)

    # We transform the distance matrix (a, n) to (max - an_dist),
    # then put to 0 elements and take the max
    max_anchor_negative_dist = tf.reduce_max(anchor_negative_dist, axis=2, keepdims=True)
    anchor_negative_dist = max_anchor_negative_dist - anchor_negative_dist

    # We put to 0 any element where (a, p) is not valid (valid if a != p and label(a) == label(p))
    anchor_negative_dist = mask_anchor_negative * anchor_negative_dist

    # shape (batch_size, 1, 1)
    hardest_negative_dist = tf.reduce_max(anchor_negative_dist, axis=2, keepdims=True)
    assert hardest_negative_dist.shape[1:3] == (1, 1)

    # Change it back to the normal distance
    hardest_negative_dist = max_anchor_negative_dist - hardest_negative_dist

    triplet_loss = tf.maximum(hardest_positive_dist - hardest_negative_dist + margin, 0.0)

    # Get final mean triplet loss
    triplet_loss = tf.reduce_mean(triplet_loss)

    return triplet_loss


def batch_all_triplet_loss(labels, embeddings, margin):
    # Get dot product between all embeddings
    # shape (batch_size, batch_size)
    dot_product = tf.matmul(embeddings, tf.transpose(embeddings, [1, 0]))

    # Get squared L2 norm for each embedding
    square_norm = tf.reduce_sum(tf.square(embeddings), axis=1)  # shape (batch_size,)

    # shape (1, batch_size, 1)
    positive_norm = tf.expand_dims(tf.expand_dims(square_norm, axis=0), axis=2)

    # shape (1, 1, batch_size)
    negative_norm = tf.expand_dims(tf.expand_dims(square_norm, axis=0), axis=0)

    # shape (batch_size, batch_size, 1)
    anchor_positive_dot_product = tf.expand_dims(dot_product, axis=2)

    # shape (batch_size, 1, batch_size)
    anchor_negative_dot_product = tf.expand_dims(dot_product, axis=1)

    triplet_loss = positive_norm - 2.0 * anchor_positive_dot_product - \
                   negative_norm + 2.0 * anchor_negative_dot_product + margin

    # Put to zero the invalid triplets
    # (where label(a) != label(p) or label(n) == label(a) or a == p)
    mask = get_triplet_mask(labels)
    mask = tf.cast(mask, tf.float32)
    triplet_loss = mask * triplet_loss

    # Remove negative losses
    triplet_loss = tf.maximum(triplet_loss, 0.0)

    # Count number of positive triplets (where triplet_loss > 0)
    valid_triplets = tf.cast(tf.greater(triplet_loss, 0.0), tf.float32)
    num_positive_triplets = tf.reduce_sum(valid_triplets)
    num_valid_triplets = tf.reduce_sum(mask)
    fraction_positive_triplets = num_positive_triplets / num_valid_triplets

    # Get final mean triplet loss over the positive valid triplets
    # TODO: if num_positive_triplets == 0, return 0 loss
    triplet_loss = tf.reduce_sum(triplet_loss) / (num_positive_triplets + 1e-16)

    return triplet_loss, fraction_positive_triplets


def build_model(is_training, images, params):
    out = images
    # Define the number of channels of each convolution
    # For each block, we do: 3x3 conv -> batch norm -> relu -> 2x2 maxpool
    num_channels = params.num_channels
    bn_momentum = params.bn_momentum
    channels = [num_channels, num_channels * 2]
    for i, c in enumerate(channels):
        with tf.variable_scope('block_{}'.format(i+1)):
            out = tf.layers.conv2d(out, c, 3, padding='same')
            if params.use_batch_norm:
                out = tf.layers.batch_normalization(out, momentum=bn_momentum, training=is_training)
            out = tf.nn.relu(out)
            out = tf.layers.max_pooling2d(out, 2, 2)

    assert out.get_shape().as_list() == [None, 2, 2, num_channels * 2]

    out = tf.reshape(out, [-1, 2 * 2 * num_channels * 2])
    with tf.variable_scope('fc_1'):
        out = tf.layers.dense(out, params.embedding_size)

    return out


def model_fn(mode, inputs, params, reuse=False):
    is_training = (mode == 'train')

    images = inputs['images']
    assert images.get_shape().as_list() == [None, params.image_size, params.image_size, 1], images

    labels = inputs['labels']
    labels = tf.cast(labels, tf.int64)

    # -----------------------------------------------------------
    # MODEL: define the layers of the model
    with tf.variable_scope('model', reuse=reuse):
        # Compute the output distribution of the model and the predictions
        embeddings = build_model(is_training, images, params)

    # Define triplet loss
    if params.triplet_strategy == "batch_all":
        loss, fraction = batch_all_triplet_loss(labels, embeddings, margin=params.margin)
    elif params.triplet_strategy == "batch_hard":
        loss = batch_hard_triplet_loss(labels, embeddings, margin=params.margin)

    # Define training step that minimizes the loss with the Adam optimizer
    if is_training:
        optimizer = tf.train.AdamOptimizer(params.learning_rate)
        global_step = tf.train.get_or_create_global_step()
        if params.use_batch_norm:
            # Add a dependency to update the moving mean and variance for batch normalization
            with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
                train_op = optimizer.minimize(loss, global_step=global_step)
        else:
            train_op = optimizer.minimize(loss, global_step=global_step)


    # -----------------------------------------------------------
    # METRICS AND SUMMARIES
    # Metrics for evaluation using tf.metrics (average over whole dataset)
    with tf.variable_scope("metrics"):
        metrics = {
            'loss': tf.metrics.mean(loss)
        }
        if params.triplet_strategy == "batch_all":
            metrics['fraction_positive_triplets'] = tf.metrics.mean(fraction)

    # Group the update ops for the tf.metrics
    update_metrics_op = tf.group(*[op for _, op in metrics.values()])

    # Get the op to reset the local variables used in tf.metrics
    metric_variables = tf.get_collection(tf.GraphKeys.LOCAL_VARIABLES, scope="metrics")
    metrics_init_op = tf.variables_initializer(metric_variables)

    # Summaries for training
    tf.summary.scalar('loss', loss)
    if params.triplet_strategy == "batch_all":
        tf.summary.scalar('fraction_positive_triplets', fraction)

    tf.summary.image('train_image', images, max_outputs=1)

    # -----------------------------------------------------------
    # MODEL SPECIFICATION
    # Create the model specification and return it
    # It contains nodes or operations in the graph that will be used for training and evaluation
    model_spec = inputs
    model_spec['variable_init_op'] = tf.global_variables_initializer()
    model_spec['embeddings'] = embeddings
    model_spec['loss'] = loss
    model_spec['metrics_init_op'] = metrics_init_op
    model_spec['metrics'] = metrics
    model_spec['update_metrics'] = update_metrics_op
    model_spec['summary_op'] = tf.summary.merge_all()

    if is_training:
        model_spec['train_op'] = train_op

    return model_spec


class Params:
    learning_rate = 1e-3
    batch_size = 6
    num_channels = 2
    use_batch_norm = True
    bn_momentum = 0.9
    margin = 0.5
    embedding_size = 3
    triplet_strategy = "batch_all"
    squared = False
    image_size = 8


params = Params()
images = tf.placeholder(tf.float32, [None, 8, 8, 1], name="images")
labels = tf.placeholder(tf.int32, [None], name="labels")
train_spec = model_fn('train', {'images': images, 'labels': labels}, params)
params.triplet_strategy = "batch_hard"
eval_spec = model_fn('eval', {'images': images, 'labels': labels}, params, reuse=True)
print(sorted(train_spec.keys()))
print(sorted(eval_spec['metrics'].keys()), eval_spec['embeddings'].shape)

batch = np.linspace(0.0, 1.0, 6 * 64).reshape(6, 8, 8, 1).astype(np.float32)
batch_labels = np.array([0, 1, 0, 1, 2, 2], np.int32)
with tf.Session() as sess:
    sess.run(train_spec['variable_init_op'])
    sess.run(train_spec['metrics_init_op'])
    _, loss_val, step = sess.run([train_spec['train_op'], train_spec['loss'], tf.train.get_global_step()],
                                 {images: batch, labels: batch_labels})
    print(np.shape(loss_val), step)
    sess.run(eval_spec['metrics_init_op'])
    sess.run(eval_spec['update_metrics'], {images: batch, labels: batch_labels})
    vals = sess.run({k: v[0] for k, v in eval_spec['metrics'].items()})
    print(sorted(vals.keys()), [np.shape(v) for v in vals.values()])
    emb = sess.run(eval_spec['embeddings'], {images: batch})
    print(emb.shape, emb.dtype)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
for v in tf.local_variables():
    print(v.name, v.shape)
