# NodeDef text prints floats as protobuf's SimpleFtoa/SimpleDtoa do: 6 (15) significant digits when they read back, else 9 (17).
import tensorflow as tf
for x in [0.1, -1.2247449, 1.0 / 3, 2.5, 1e-08, 123456789.0, 0.7745967, 3.0]:
    print(str(tf.constant(x).op.node_def).split("float_val: ")[1].split()[0], str(tf.constant(x, tf.float64).op.node_def).split("double_val: ")[1].split()[0])
