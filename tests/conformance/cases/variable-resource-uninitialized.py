# Reading an uninitialised resource variable: FailedPreconditionError "Could not find variable v" (ReadVariableOp's message, naming the container); after another variable is initialised the message names the resource.
import tensorflow as tf
v = tf.Variable(tf.ones([2, 3]), name="v", use_resource=True)
u = tf.Variable(1.0, name="u", use_resource=True)
y = v * 2.0
with tf.Session() as s:
    for fetch in [y, v]:
        try:
            s.run(fetch)
        except tf.errors.FailedPreconditionError as e:
            print([line for line in str(e).splitlines() if line.startswith(("Node", "Could"))])
    s.run(u.initializer)
    try:
        s.run(v)
    except tf.errors.FailedPreconditionError as e:
        print([line for line in str(e).splitlines() if line.startswith(("Node", "Could"))])
    s.run(v)
