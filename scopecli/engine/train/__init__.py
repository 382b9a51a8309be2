"""tf.train: training-time APIs (savers, optimizers, schedules), one module per TF module."""
