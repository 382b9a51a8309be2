#!/usr/bin/env python3
"""Write one conformance case per differentiable op type in scopecli's gradient registry.

    .venv/bin/python tests/gen_gradient_cases.py            # writes tests/conformance/cases/grad-*.py
    ~/tfenv/bin/python tests/conformance/record.py --fork tests/conformance/cases/grad-*.py

Each case builds the forward op from constant inputs, calls `tf.gradients(out, xs, grad_ys)`
with a non-trivial upstream gradient, prints every op tf.gradients created (name, type, inputs,
control inputs) and then each gradient's value in a session. An op type with a gradient
function but no case must be listed in WAITING with the reason (tests/test_gradients.py checks
that the registry, FORWARD and WAITING agree).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "conformance" / "cases"

X23 = "[[0.5, -1.25, 2.0], [1.5, 0.75, -0.5]]"
P23 = "[[0.5, 1.25, 2.0], [1.5, 0.75, 3.5]]"  # positive
X55 = 'x = tf.reshape(tf.range(25.0) - 12.0, [1, 5, 5, 1], name="x")'
F2212 = 'f = tf.reshape(tf.range(8.0) - 3.0, [2, 2, 1, 2], name="f")'
Y3312 = 'y = tf.reshape(tf.range(18.0) - 9.0, [1, 3, 3, 2], name="y")'
X333 = 'x = tf.reshape(tf.range(27.0) - 13.0, [1, 3, 3, 3, 1], name="x")'
F3D = 'f = tf.reshape(tf.range(8.0) - 4.0, [2, 2, 2, 1, 1], name="f")'
Y222 = 'y = tf.reshape(tf.range(8.0) - 2.0, [1, 2, 2, 2, 1], name="y")'
X442 = 'x = tf.reshape(tf.range(32.0) - 16.0, [1, 4, 4, 2], name="x")'
FDW = 'f = tf.reshape(tf.range(16.0) - 8.0, [2, 2, 2, 2], name="f")'
Y334 = 'y = tf.reshape(tf.range(36.0) - 18.0, [1, 3, 3, 4], name="y")'
# a max pool input with ties (the first maximum of a window takes its gradient)
XPOOL = ('x = tf.reshape(tf.constant([3.0, 1.0, 3.0, 2.0, 0.0, 5.0, 5.0, 1.0, 4.0, 4.0, -1.0, 2.0, 0.5, '
         '4.0, 2.0, 6.0]), [1, 4, 4, 1], name="x")')
G23 = f'g = tf.constant({P23}, name="g")'
XG = f'x = tf.constant({X23}, name="x")\n' + G23
G22 = 'g = tf.reshape(tf.constant([1.0, -2.0, 3.0, 0.5]), [1, 2, 2, 1], name="g")'
# op type -> (the inputs' code, the forward expression, the xs[, the upstream gradient])
FORWARD: dict[str, tuple[str, ...]] = {
    "AddV2": (f'x = tf.constant({X23}, name="x")\ny = tf.constant([1.0, 2.0, 3.0], name="y")',
              "tf.add(x, y)", "x, y"),
    "Sub": (f'x = tf.constant({X23}, name="x")\ny = tf.constant([[1.0], [2.0]], name="y")',
            "tf.subtract(x, y)", "x, y"),
    "Mul": (f'x = tf.constant({X23}, name="x")\ny = tf.constant([[1.5, -2.0, 0.25]], name="y")',
            "tf.multiply(x, y)", "x, y"),
    "RealDiv": (f'x = tf.constant({X23}, name="x")\ny = tf.constant([1.5, -2.0, 0.25], name="y")',
                "tf.realdiv(x, y)", "x, y"),
    "Pow": (f'x = tf.constant({P23}, name="x")\ny = tf.constant({X23}, name="y")', "tf.pow(x, y)", "x, y"),
    "Maximum": (f'x = tf.constant({X23}, name="x")\ny = tf.constant([0.5, 0.0, 1.0], name="y")',
                "tf.maximum(x, y)", "x, y"),
    "Minimum": (f'x = tf.constant({X23}, name="x")\ny = tf.constant([0.5, 0.0, 1.0], name="y")',
                "tf.minimum(x, y)", "x, y"),
    "FloorMod": (f'x = tf.constant({P23}, name="x")\ny = tf.constant([0.75, 0.5, 1.5], name="y")',
                 "tf.floormod(x, y)", "x, y"),
    "Neg": (f'x = tf.constant({X23}, name="x")', "tf.negative(x)", "x"),
    "Square": (f'x = tf.constant({X23}, name="x")', "tf.square(x)", "x"),
    "Sqrt": (f'x = tf.constant({P23}, name="x")', "tf.sqrt(x)", "x"),
    "Rsqrt": (f'x = tf.constant({P23}, name="x")', "tf.rsqrt(x)", "x"),
    "Reciprocal": (f'x = tf.constant({P23}, name="x")', "tf.reciprocal(x)", "x"),
    "Exp": (f'x = tf.constant({X23}, name="x")', "tf.exp(x)", "x"),
    "Log": (f'x = tf.constant({P23}, name="x")', "tf.log(x)", "x"),
    "Log1p": (f'x = tf.constant({P23}, name="x")', "tf.log1p(x)", "x"),
    "Tanh": (f'x = tf.constant({X23}, name="x")', "tf.tanh(x)", "x"),
    "Sigmoid": (f'x = tf.constant({X23}, name="x")', "tf.sigmoid(x)", "x"),
    "Abs": (f'x = tf.constant({X23}, name="x")', "tf.abs(x)", "x"),
    "Sign": (f'x = tf.constant({X23}, name="x")', "tf.sign(x)", "x"),
    "Floor": (f'x = tf.constant({X23}, name="x")', "tf.floor(x)", "x"),
    "Ceil": (f'x = tf.constant({X23}, name="x")', "tf.ceil(x)", "x"),
    "Round": (f'x = tf.constant({X23}, name="x")', "tf.round(x)", "x"),
    "Relu": (f'x = tf.constant({X23}, name="x")', "tf.nn.relu(x)", "x"),
    "Relu6": ('x = tf.constant([[7.0, -1.25, 2.0], [1.5, 6.5, -0.5]], name="x")', "tf.nn.relu6(x)", "x"),
    "Elu": (f'x = tf.constant({X23}, name="x")', "tf.nn.elu(x)", "x"),
    # Softplus's own float32 kernel differs from TF's in the last digit on Eigen's scalar path
    # (array_kernels._log1p_f32), so its upstream gradient is a constant, not `out`'s value.
    "Softplus": (f'x = tf.constant({X23}, name="x")', "tf.nn.softplus(x)", "x",
                 f'tf.constant({P23}, name="g")'),
    "Softsign": (f'x = tf.constant({X23}, name="x")', "tf.nn.softsign(x)", "x"),
    "LeakyRelu": (f'x = tf.constant({X23}, name="x")', "tf.nn.leaky_relu(x, alpha=0.1)", "x"),
    "Softmax": (f'x = tf.constant({X23}, name="x")', "tf.nn.softmax(x)", "x"),
    "BiasAdd": (f'x = tf.constant({X23}, name="x")\nb = tf.constant([0.1, 0.2, 0.3], name="b")',
                "tf.nn.bias_add(x, b)", "x, b"),
    "L2Loss": (f'x = tf.constant({X23}, name="x")', "tf.nn.l2_loss(x)", "x"),
    "MatMul": (f'a = tf.constant({X23}, name="a")\nb = tf.constant([[1.0, 2.0], [0.5, -1.0], [3.0, 0.25]], '
               'name="b")\nc = tf.constant([[1.0, -2.0, 0.5], [0.25, 1.0, 2.0]], name="c")',
               "tf.matmul(a, b) + tf.matmul(a, c, transpose_b=True) + tf.matmul(b, a, transpose_a=True, "
               "transpose_b=True) + tf.matmul(b, b, transpose_a=True)", "a, b, c"),
    "BatchMatMulV2": ('a = tf.constant([[[1.0, 2.0], [0.5, -1.0]], [[3.0, 0.25], [-2.0, 1.5]]], name="a")\n'
                      'b = tf.constant([[[0.5, 1.0, -1.0], [2.0, 0.0, 1.5]], '
                      '[[1.0, -0.5, 2.0], [0.25, 1.0, 3.0]]], name="b")',
                      "tf.matmul(a, b) + tf.matmul(a, a, adjoint_a=True)[:, :, :1]", "a, b"),
    "AddN": (f'x = tf.constant({X23}, name="x")\ny = tf.constant({P23}, name="y")', "tf.add_n([x, y, x])",
             "x, y"),
    "Sum": (f'x = tf.constant({X23}, name="x")', "tf.reduce_sum(x, axis=1) + tf.reduce_sum(x)", "x"),
    "Mean": (f'x = tf.constant({X23}, name="x")', "tf.reduce_mean(x, axis=0) + tf.reduce_mean(x)", "x"),
    "Max": ('x = tf.constant([[0.5, 2.0, 2.0], [1.5, 0.75, -0.5]], name="x")', "tf.reduce_max(x, axis=1)",
            "x"),
    "Min": ('x = tf.constant([[0.5, 2.0, 0.5], [1.5, 0.75, -0.5]], name="x")', "tf.reduce_min(x, axis=1)",
            "x"),
    "Cast": (f'x = tf.constant({X23}, name="x")', "tf.cast(x, tf.float64)", "x"),
    "Identity": (f'x = tf.constant({X23}, name="x")', "tf.identity(x)", "x"),
    "Reshape": (f'x = tf.constant({X23}, name="x")', "tf.reshape(x, [3, 2])", "x"),
    "ExpandDims": (f'x = tf.constant({X23}, name="x")', "tf.expand_dims(x, 1)", "x"),
    "Squeeze": ('x = tf.constant([[0.5, -1.25, 2.0]], name="x")', "tf.squeeze(x)", "x"),
    "Transpose": (f'x = tf.constant({X23}, name="x")', "tf.transpose(x)", "x"),
    "StridedSlice": (f'x = tf.constant({X23}, name="x")', "x[:, 1:] + x[1, ::-2]", "x"),
    "Pack": (f'x = tf.constant({X23}, name="x")\ny = tf.constant({P23}, name="y")',
             "tf.stack([x, y], axis=1)", "x, y"),
    "Tile": (f'x = tf.constant({X23}, name="x")', "tf.tile(x, [2, 3])", "x"),
    "ConcatV2": (f'x = tf.constant({X23}, name="x")\ny = tf.constant([[1.0], [2.0]], name="y")',
                 "tf.concat([x, y, x], axis=-1)", "x, y"),
    "Fill": ('v = tf.constant(1.5, name="v")', "tf.fill([2, 3], v)", "v"),
    "ReverseSequence": ('x = tf.constant([[0.5, -1.25, 2.0], [1.5, 0.75, -0.5]], name="x")',
                        "tf.reverse_sequence(x, [2, 3], seq_axis=1, batch_axis=0)", "x"),
    "Select": (f'c = tf.constant([[True, False, True], [False, False, True]], name="c")\n'
               f'x = tf.constant({X23}, name="x")\ny = tf.constant({P23}, name="y")', "tf.where(c, x, y)",
               "x, y"),
    # -- convolutions, pools, cross entropies, batch norm, LRN (nn_conv_grad.py, nn_loss_grad.py):
    # integer-valued inputs keep the float32 sums exact whatever order they are added in
    "Conv2D": (f"{X55}\n{F2212}", 'tf.nn.conv2d(x, f, [1, 2, 2, 1], "SAME")', "x, f"),
    "Conv2DBackpropInput": (f"{Y3312}\n{F2212}",
                            'tf.nn.conv2d_transpose(y, f, [1, 5, 5, 1], [1, 2, 2, 1], "SAME")', "y, f"),
    "Conv2DBackpropFilter": (f"{X55}\n{F2212}\n{Y3312}",
                             'tf.gradients(tf.nn.conv2d(x, f, [1, 2, 2, 1], "SAME"), f, grad_ys=y)[0]',
                             "x, y"),
    "Conv3D": (f"{X333}\n{F3D}", 'tf.nn.conv3d(x, f, [1, 1, 1, 1, 1], "VALID")', "x, f"),
    "Conv3DBackpropInputV2": (f"{Y222}\n{F3D}",
                              'tf.nn.conv3d_transpose(y, f, [1, 3, 3, 3, 1], [1, 1, 1, 1, 1], "VALID")',
                              "y, f"),
    "Conv3DBackpropFilterV2": (f"{X333}\n{F3D}\n{Y222}",
                               'tf.gradients(tf.nn.conv3d(x, f, [1, 1, 1, 1, 1], "VALID"), f, grad_ys=y)[0]',
                               "x, y"),
    "DepthwiseConv2dNative": (f"{X442}\n{FDW}", 'tf.nn.depthwise_conv2d(x, f, [1, 1, 1, 1], "VALID")',
                              "x, f"),
    "DepthwiseConv2dNativeBackpropInput": (
        f"{X442}\n{FDW}\n{Y334}",
        'tf.gradients(tf.nn.depthwise_conv2d(x, f, [1, 1, 1, 1], "VALID"), x, grad_ys=y)[0]', "f, y"),
    "DepthwiseConv2dNativeBackpropFilter": (
        f"{X442}\n{FDW}\n{Y334}",
        'tf.gradients(tf.nn.depthwise_conv2d(x, f, [1, 1, 1, 1], "VALID"), f, grad_ys=y)[0]', "x, y"),
    "MaxPool": (XPOOL, 'tf.nn.max_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID") + '
                'tf.nn.max_pool(x, [1, 3, 3, 1], [1, 2, 2, 1], "SAME")', "x"),
    "MaxPoolGrad": (f"{XPOOL}\n{G22}",
                    'tf.gradients(tf.nn.max_pool(x, [1, 3, 3, 1], [1, 2, 2, 1], "SAME"), x, grad_ys=g)[0]',
                    "x, g"),
    "MaxPoolGradGrad": (f"{XPOOL}\n{G22}\np = tf.nn.max_pool(x, [1, 3, 3, 1], [1, 2, 2, 1], \"SAME\")\n"
                        "dx = tf.gradients(p, x, grad_ys=g)[0]",
                        "tf.gradients(dx, g, grad_ys=x * 0.5)[0]", "x"),
    "MaxPool3D": (X333, 'tf.nn.max_pool3d(x, [1, 2, 2, 2, 1], [1, 1, 1, 1, 1], "VALID")', "x"),
    "MaxPool3DGrad": (f"{X333}\n{Y222}",
                      'tf.gradients(tf.nn.max_pool3d(x, [1, 2, 2, 2, 1], [1, 1, 1, 1, 1], "VALID"), x, '
                      'grad_ys=y)[0]', "x, y"),
    "MaxPool3DGradGrad": (f"{X333}\n{Y222}\np = tf.nn.max_pool3d(x, [1, 2, 2, 2, 1], [1, 1, 1, 1, 1], "
                          "\"VALID\")\ndx = tf.gradients(p, x, grad_ys=y)[0]",
                          "tf.gradients(dx, y, grad_ys=x * 0.5)[0]", "x"),
    "AvgPool": (XPOOL, 'tf.nn.avg_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID") + '
                'tf.nn.avg_pool(x, [1, 3, 3, 1], [1, 2, 2, 1], "SAME")', "x"),
    "AvgPoolGrad": (f"{XPOOL}\n{G22}",
                    'tf.gradients(tf.nn.avg_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID"), x, '
                    'grad_ys=g)[0]', "g"),
    "AvgPool3D": (X333, 'tf.nn.avg_pool3d(x, [1, 2, 2, 2, 1], [1, 1, 1, 1, 1], "VALID")', "x"),
    "AvgPool3DGrad": (f"{X333}\n{Y222}",
                      'tf.gradients(tf.nn.avg_pool3d(x, [1, 2, 2, 2, 1], [1, 1, 1, 1, 1], "VALID"), x, '
                      'grad_ys=y)[0]', "y"),
    "MaxPoolWithArgmax": (XPOOL, 'tf.nn.max_pool_with_argmax(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")[0]',
                          "x"),
    "DivNoNan": (f'x = tf.constant({X23}, name="x")\ny = tf.constant([2.0, 0.0, 0.5], name="y")',
                 "tf.div_no_nan(x, y)", "x, y"),
    "SoftmaxCrossEntropyWithLogits": (
        f'x = tf.constant({X23}, name="x")\nl = tf.constant([[0.25, 0.25, 0.5], [1.0, 0.0, 0.0]], name="l")',
        "tf.nn.softmax_cross_entropy_with_logits_v2(labels=l, logits=x)", "x, l"),
    "SparseSoftmaxCrossEntropyWithLogits": (
        f'x = tf.constant({X23}, name="x")',
        'tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([2, 0], name="l"), logits=x)',
        "x"),
    "FusedBatchNormV3": (
        'x = tf.reshape(tf.range(16.0) * 0.5, [2, 2, 2, 2], name="x")\n'
        's = tf.constant([1.0, 2.0], name="s")\no = tf.constant([0.5, -0.5], name="o")',
        "tf.nn.fused_batch_norm(x, s, o, epsilon=0.25)[0] + "
        "tf.nn.fused_batch_norm(x, s, o, mean=[1.0, 2.0], variance=[4.0, 0.75], is_training=False)[0]",
        "x, s, o", 'tf.reshape(tf.range(16.0) - 6.0, [2, 2, 2, 2], name="g")'),
    # LRN's own float32 kernel can differ from TF's in the last digit, so its upstream gradient
    # is a constant, not `out`'s value (as Softplus)
    "LRN": ('x = tf.reshape(tf.range(8.0) * 0.5 - 1.0, [1, 1, 2, 4], name="x")',
            "tf.nn.lrn(x, depth_radius=1, bias=1.0, alpha=0.5, beta=0.5)", "x",
            'tf.reshape(tf.range(8.0) * 0.25 - 1.0, [1, 1, 2, 4], name="g")'),
    # -- second derivatives (second_order_grad.py): the first gradient's op differentiated again
    "ReluGrad": (f"{XG}", "tf.gradients(tf.nn.relu(x), x, grad_ys=g)[0]", "x, g"),
    "Relu6Grad": ('x = tf.constant([[7.0, -1.25, 2.0], [1.5, 6.5, -0.5]], name="x")\n' + G23,
                  "tf.gradients(tf.nn.relu6(x), x, grad_ys=g)[0]", "x, g"),
    "LeakyReluGrad": (f"{XG}", "tf.gradients(tf.nn.leaky_relu(x, alpha=0.25), x, grad_ys=g)[0]", "x, g"),
    "EluGrad": (f"{XG}", "tf.gradients(tf.nn.elu(x), x, grad_ys=g)[0]", "x, g"),
    "SeluGrad": (f"{XG}", "tf.gradients(tf.nn.selu(x), x, grad_ys=g)[0]", "x, g"),
    "TanhGrad": (f"{XG}", "tf.gradients(tf.tanh(x), x, grad_ys=g)[0]", "x, g"),
    "SigmoidGrad": (f"{XG}", "tf.gradients(tf.sigmoid(x), x, grad_ys=g)[0]", "x, g"),
    "SqrtGrad": (f'x = tf.constant({P23}, name="x")\n' + G23, "tf.gradients(tf.sqrt(x), x, grad_ys=g)[0]",
                 "x, g"),
    "RsqrtGrad": ('x = tf.constant([[0.25, 1.0, 4.0], [16.0, 0.0625, 1.0]], name="x")\n' + G23,
                  "tf.gradients(tf.rsqrt(x), x, grad_ys=g)[0]", "x, g"),
    "ReciprocalGrad": (f'x = tf.constant({P23}, name="x")\n' + G23,
                       "tf.gradients(tf.reciprocal(x), x, grad_ys=g)[0]", "x, g"),
    "BiasAddGrad": (f'x = tf.constant({X23}, name="x")\nb = tf.constant([0.5, 1.0, -1.0], name="b")\n' + G23,
                    "tf.gradients(tf.nn.bias_add(x, b), b, grad_ys=g)[0]", "g"),
    # -- array ops (array_extra_grad.py)
    "Slice": (f'x = tf.constant({X23}, name="x")', "tf.slice(x, [0, 1], [2, 2])", "x"),
    "Split": (f'x = tf.constant({X23}, name="x")\nparts = tf.split(x, 3, axis=1)',
              "parts[0] * 2.0 + parts[2]", "x"),
    "SplitV": (f'x = tf.constant({X23}, name="x")\nparts = tf.split(x, [1, 2], axis=1)',
               "parts[0] * 2.0 + parts[1][:, :1]", "x"),
    "Pad": (f'x = tf.constant({X23}, name="x")', "tf.pad(x, [[1, 0], [0, 2]])", "x"),
    "PadV2": (f'x = tf.constant({X23}, name="x")', "tf.pad(x, [[1, 0], [0, 2]], constant_values=1.5)", "x"),
    "ReverseV2": (f'x = tf.constant({X23}, name="x")', "tf.reverse(x, [1])", "x"),
    "BroadcastTo": ('y = tf.constant([1.0, 2.0, 3.0], name="y")', "tf.broadcast_to(y, [2, 3])", "y"),
    "StridedSliceGrad": (f'x = tf.constant({X23}, name="x")\n'
                         'g = tf.constant([[1.0, 2.0], [3.0, 4.0]], name="g")',
                         "tf.gradients(x[:, 1:], x, grad_ys=g)[0]", "g"),
    "GatherNd": (f'x = tf.constant({X23}, name="x")', "tf.gather_nd(x, [[1, 2], [0, 0], [1, 2]])", "x"),
    "PlaceholderWithDefault": (f'x = tf.constant({X23}, name="x")',
                               "tf.placeholder_with_default(x * 2.0, [None, 3])", "x"),
    "SparseToDense": ('v = tf.constant([1.0, -2.0, 3.0], name="v")',
                      "tf.sparse_to_dense([[0, 1], [1, 0], [2, 2]], [3, 3], v, default_value=0.5)", "v"),
    "ScatterNd": (f'x = tf.constant({X23}, name="x")',
                  "tf.gradients(tf.gather_nd(x, [[1, 2], [0, 0]]), x, grad_ys=x[0, :2] * 2.0)[0]",
                  "x"),
    "TopKV2": ('x = tf.constant([[0.5, -1.25, 2.0, 1.0], [1.5, 0.75, -0.5, 3.0]], name="x")',
               "tf.nn.top_k(x, 2)[0]", "x"),
    "Prod": (f'x = tf.constant({X23}, name="x")', "tf.reduce_prod(x, axis=1) + tf.reduce_prod(x)", "x"),
    "MirrorPad": (f'x = tf.constant({X23}, name="x")', 'tf.pad(x, [[1, 1], [2, 0]], mode="REFLECT")', "x"),
    "DepthToSpace": ('x = tf.reshape(tf.range(16.0) - 8.0, [1, 2, 2, 4], name="x")',
                     "tf.nn.depth_to_space(x, 2)", "x"),
    "SpaceToDepth": ('x = tf.reshape(tf.range(16.0) - 8.0, [1, 4, 4, 1], name="x")',
                     "tf.nn.space_to_depth(x, 2)", "x"),
    "Print": (f'x = tf.constant({X23}, name="x")', 'tf.Print(x, [x, "data"], "x: ")', "x"),
    "CheckNumerics": (f'x = tf.constant({X23}, name="x")', 'tf.check_numerics(x * 2.0, "x is finite")', "x"),
    "SparseReduceSum": ('v = tf.constant([1.0, -2.0, 3.0], name="v")',
                        "tf.sparse_reduce_sum(tf.SparseTensor([[0, 1], [1, 0], [1, 2]], v, [2, 3]), axis=1)",
                        "v"),
    # swish's IdentityN, differentiated by its custom gradient
    "IdentityN": (f'x = tf.constant({X23}, name="x")', "tf.nn.swish(x)", "x"),
    "DiagPart": ('x = tf.reshape(tf.range(16.0) - 4.0, [2, 2, 2, 2], name="x")', "tf.diag_part(x)", "x"),
    "Diag": ('x = tf.constant([[0.5, -1.25], [2.0, 1.5]], name="x")',
             "tf.gradients(tf.diag_part(x), x, grad_ys=x[0] * 2.0)[0]", "x"),
    # -- math_extra_grad.py
    "Cumsum": (f'x = tf.constant({X23}, name="x")', "tf.cumsum(x, axis=1) + tf.cumsum(x, 0, exclusive=True, "
               "reverse=True)", "x"),
    "Cumprod": (f'x = tf.constant({X23}, name="x")',
                "tf.cumprod(x, axis=1) + tf.cumprod(x, 0, exclusive=True)", "x"),
    "Cos": ("step = tf.constant(3.0, name=\"step\")", "tf.train.cosine_decay(0.5, step, 10)", "step"),
    "Sin": ("step = tf.constant(3.0, name=\"step\")\n"
            "g = tf.gradients(tf.train.cosine_decay(0.5, step, 10), step)[0]", "g * 2.0", "step"),
}
# op type -> why it has a gradient function but no case yet
WAITING: dict[str, str] = {
    "SpaceToBatchND": "built by dilated convolutions: covered by grad-atrous-conv2d",
    "BatchToSpaceND": "built by dilated convolutions: covered by grad-atrous-conv2d",
    "ClipByValue": "built only by tf.saturate_cast's clamp: covered by grad-resize-images",
    "ResizeBilinear": "covered by grad-resize-images (resize_images and resize_bilinear)",
    "ResizeNearestNeighbor": "covered by grad-resize-images (static and dynamic image sizes)",
    "Add": "scopecli builds Add only for strings, which have no gradient",
    "ReadVariableOp": "needs a resource variable, not constants: covered by variable-resource-ops",
    "Erf": "covered by nn-gelu (tf.math.erf's gradient with grad_ys)",
    "Erfc": "covered by nn-gelu (the gradient through Keras's gelu activation)",
    "Div": "tf.div's Div op is not built by scopecli yet",
    "ArgMax": "its int64 output is not trainable, so the walk never reaches it",
    "ArgMin": "its int64 output is not trainable, so the walk never reaches it",
    "FloorDiv": "its gradient is None for both inputs: covered by grad-floordiv-none",
    "TruncateDiv": "no public wrapper builds TruncateDiv yet",
    "LogSoftmax": "tf.nn.log_softmax is not built yet (nn helper)",
    "Selu": "tf.nn.selu is not built yet (nn helper)",
    "Unpack": "tf.unstack is not built yet (arrays helper)",
    "SelectV2": "tf.where_v2 is not built yet (arrays helper)",
    "SquaredDifference": "tf.squared_difference is not exported by scopecli yet (nn helper: losses)",
    "Rint": "tf.rint is not exported by scopecli yet",
    "PlaceholderWithDefault": "covered by ops-placeholder-with-default and the realworld char-rnn that feeds "
                              "states through it",
    "ResourceGather": "its gradient is an IndexedSlices of a resource variable, which the template cannot "
                      "fetch: covered by grad-resource-gather-embedding",
    "GatherV2": "its gradient is an IndexedSlices, which the template cannot fetch: covered by "
                "grad-gatherv2-aggregation and train-sparse-embedding-updates",
    "UnsortedSegmentSum": "tf.unsorted_segment_sum is exported now; no one-op gradient case generated yet",
    "Einsum": "covered by grad-einsum (binary and unary equations, operand shapes first)",
    "MatrixBandPart": "covered by ops-linalg-band-part (the band of the gradient)",
    "SparseToDense": "covered by nn-sampled-softmax-nce (gradients of the values and the default value)",
    "SparseTensorDenseMatMul": "covered by sparse-dense-cwise-grad (both operands, every adjoint form) and "
                               "sparse-placeholder-matmul (a training step)",
    "SparseDenseCwiseMul": "covered by sparse-dense-cwise-grad (SparseTensor * variable)",
    "SparseDenseCwiseDiv": "covered by sparse-dense-cwise-grad (SparseTensor / variable)",
    "SparseTensorDenseAdd": "covered by sparse-dense-cwise-grad (a second derivative of sparse / variable)",
    # round 7 (tf7): TF's own image/nn/sparse/scatter tests, each recording tf.gradients' names and values
    "CropAndResize": "covered by ops-tf-image-nms-crop (image and boxes gradients)",
    "Dilation2D": "covered by nn-tf-dilation2d (input and filter gradients)",
    "MatrixDiagPartV3": "covered by ops-tf-matrix-ops (diag_part and trace gradients)",
    "RGBToHSV": "covered by ops-tf-image-rot90-hsv",
    "ResizeBicubic": "covered by ops-tf-image-resize-bicubic-area (legacy and half-pixel taps)",
    "SparseAdd": "covered by ops-tf-sparse-add (SparseAddGrad)",
    "TensorScatterAdd": "covered by ops-tf-gather-nd-scatter-variants",
    "TensorScatterSub": "covered by ops-tf-gather-nd-scatter-variants",
    "TensorScatterUpdate": "covered by ops-tf-gather-nd-scatter-variants",
    "MirrorPadGrad": "a second derivative: covered by grad-mirrorpad-modes",
    "MulNoNan": "tf.math.multiply_no_nan is not exported by scopecli yet",
    "DynamicStitch": "tf.dynamic_stitch is not exported by scopecli yet (the reductions' gradients stitch "
                     "int32 shapes, which are never differentiated)",
    "FusedBatchNorm": "tf.nn.fused_batch_norm builds FusedBatchNormV3 only (V1 comes from imported graphs)",
    "FusedBatchNormV2": "tf.nn.fused_batch_norm builds FusedBatchNormV3 only (V2 comes from imported graphs)",
    "FusedBatchNormGrad": "a second derivative of batch norm (TF builds it under a GradientTape): refused",
    "FusedBatchNormGradV2": "a second derivative of batch norm (TF builds it under a GradientTape): refused",
    "FusedBatchNormGradV3": "a second derivative of batch norm (TF builds it under a GradientTape): refused",
    # v1 control flow and TensorArrays (while branch): a gradient needs a whole loop, recorded
    # as while-gradients*.py instead of a one-op case
    **dict.fromkeys(("Enter", "Exit", "NextIteration", "Merge", "Switch", "RefEnter", "RefExit",
                     "RefNextIteration", "RefMerge", "RefSwitch", "TensorArrayReadV3",
                     "TensorArrayWriteV3", "TensorArrayGatherV3", "TensorArrayScatterV3", "LoopCond",
                     "TensorArrayConcatV3", "TensorArraySplitV3"),
                    "control flow: covered by while-gradients.py and while-gradients-tensor-array-train.py"),
}

TEMPLATE = '''import tensorflow as tf

# Rule: the gradient of {op_type} is built as TF's gradient function builds it (ops
# named inside gradients/<op>_grad/) and computes TF's values.
# Generated by tests/gen_gradient_cases.py.

{inputs}
out = {expr}
graph = tf.get_default_graph()
before = len(graph.get_operations())
grads = tf.gradients(out, [{xs}], grad_ys=[{grad_ys}])
for op in graph.get_operations()[before:]:
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as sess:
    for g in grads:
        print(None if g is None else sess.run(g))
'''


def case_name(op_type: str) -> str:
    return f"grad-{op_type.lower()}"


def differentiable_op_types() -> list[str]:
    sys.path.insert(0, str(HERE.parent))
    from scopecli.engine.framework import discovery
    from scopecli.engine.framework.registry import GRADIENTS
    from scopecli.engine.gradients_util import load_gradients

    discovery.load_declarations()  # gradients declared beside their ops (random_ops, Print ...)
    load_gradients()
    return sorted(t for t, fn in GRADIENTS.items() if fn is not None)


def main() -> int:
    missing = [t for t in differentiable_op_types() if t not in FORWARD and t not in WAITING]
    if missing:
        print(f"no case and no WAITING entry for: {', '.join(missing)}", file=sys.stderr)
        return 1
    for op_type, (inputs, expr, xs, *grad_ys) in FORWARD.items():
        text = TEMPLATE.format(op_type=op_type, inputs=inputs, expr=expr, xs=xs,
                               grad_ys=grad_ys[0] if grad_ys else "out * 0.5 + 0.25")
        (CASES / f"{case_name(op_type)}.py").write_text(text)
    print(f"wrote {len(FORWARD)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
