# Model.compile in a TF1 graph without metrics: the <output>_target placeholder and the loss
# under loss/<output>_loss (weighted, summed and divided by the element count), per loss name.
import tensorflow as tf
for loss in ['mse', 'mae', 'categorical_crossentropy', 'sparse_categorical_crossentropy', 'binary_crossentropy']:
    g = tf.Graph()
    with g.as_default():
        inp = tf.keras.layers.Input((3,))
        out = tf.keras.layers.Dense(4, activation='softmax' if 'categ' in loss else None, name='out')(inp)
        model = tf.keras.models.Model(inp, out)
        n = len(g.get_operations())
        model.compile('sgd', loss)
        print("==", loss)
        for op in g.get_operations()[n:]:
            print(op.name, op.type, [str(t.shape) for t in op.outputs][:1], [t.dtype.name for t in op.outputs][:1])
        print(model.total_loss, type(model.optimizer).__name__)
