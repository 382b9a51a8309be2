"""tf.train's graph-building helpers: the global step, learning-rate schedules, moving averages."""
