"""tf.keras in TF1 graph mode, as tf-keras (TF_USE_LEGACY_KERAS=1) builds it: layers named by
Keras's own per-graph counts and name scopes, resource-variable weights, Sequential and
functional models replaying their layers' calls."""
