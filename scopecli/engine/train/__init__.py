"""tf.train: optimizers and their Apply* ops, the global step, learning-rate schedules, moving
averages, savers and checkpoint reading; one module per TF module."""
