"""tf.train: optimizers and their Apply* ops, the global step, schedules, savers and checkpoint
reading; one module per TF module."""
