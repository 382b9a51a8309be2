# variable_scope_test testVarScope: scope.name and the name scope opened inside, also when a scope object is re-entered under another scope.
import tensorflow as tf
with tf.variable_scope("tower4") as tower:
    print(tower.name)
    with tf.name_scope("scope") as sc:
        print(sc)
with tf.variable_scope("tower5"):
    with tf.variable_scope("bar") as bar:
        print(bar.name)
        with tf.name_scope("scope") as sc:
            print(sc)
with tf.variable_scope("tower6"):
    with tf.variable_scope(tower, reuse=True) as tower_shared:
        print(tower_shared.name)
        with tf.name_scope("scope") as sc:
            print(sc)
