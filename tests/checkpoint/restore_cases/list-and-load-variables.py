# checkpoint: fixtures/adam/model.ckpt
import tensorflow as tf

for name, shape in tf.train.list_variables("fixtures/adam/model.ckpt"):
    print(name, shape)
print(tf.train.load_variable("fixtures/adam/model.ckpt", "model/out/bias:0").tolist())
print(tf.train.load_variable("fixtures/adam/model.ckpt", "global_step"))
tf.train.load_variable("fixtures/adam/model.ckpt", "model/nothere")
