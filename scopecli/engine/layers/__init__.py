"""tf.layers (tf_keras/src/legacy_tf_layers): the function forms, built by one legacy-layer
call each, with the variable scopes, name scopes and weights TF's base layer makes."""
