"""evaluate: numpy kernels and tf.Session, computing values only for what a fetch needs."""
