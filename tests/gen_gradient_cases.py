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
    "Select": (f'c = tf.constant([[True, False, True], [False, False, True]], name="c")\n'
               f'x = tf.constant({X23}, name="x")\ny = tf.constant({P23}, name="y")', "tf.where(c, x, y)",
               "x, y"),
}
# op type -> why it has a gradient function but no case yet
WAITING: dict[str, str] = {
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
    from scopecli.engine.framework.registry import GRADIENTS
    from scopecli.engine.gradients_util import load_gradients

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
