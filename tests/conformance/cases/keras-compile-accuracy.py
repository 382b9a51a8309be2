# Model.compile(metrics=['accuracy']) in a TF1 graph: binary, sparse categorical or categorical
# accuracy by loss and output width, its total/count resource variables (in no collection) and
# update ops under metrics/acc.
import tensorflow as tf
for loss, units, act in [('binary_crossentropy', 1, 'sigmoid'), ('categorical_crossentropy', 3, 'softmax'), ('sparse_categorical_crossentropy', 3, 'softmax'), ('mse', 2, None)]:
    g = tf.Graph()
    with g.as_default():
        inp = tf.keras.layers.Input((3,))
        out = tf.keras.layers.Dense(units, activation=act, name='out')(inp)
        model = tf.keras.models.Model(inp, out)
        n = len(g.get_operations())
        model.compile('sgd', loss, metrics=['accuracy'])
        print("==", loss)
        for op in g.get_operations()[n:]:
            if op.name.startswith("loss/"):
                continue
            print(op.name, op.type, [str(t.shape) for t in op.outputs][:1], [t.dtype.name for t in op.outputs][:1], [i.name for i in op.control_inputs])
        print(g.get_collection(tf.GraphKeys.LOCAL_VARIABLES), g.get_collection(tf.GraphKeys.GLOBAL_VARIABLES)[-1:], g.get_collection(tf.GraphKeys.METRIC_VARIABLES), g.get_collection(tf.GraphKeys.UPDATE_OPS))
        print(len(g.get_operations()), [v.name for v in tf.global_variables()])
