"""The gradients of the `*Grad` op types (second derivatives: nn_grad.py's ReluGrad, EluGrad ...,
math_grad.py's TanhGrad, SigmoidGrad ..., BiasAddGrad), and TF's NotDifferentiable summaries."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.backprop_util import control_dependencies
from scopecli.engine.framework.registry import gradient, not_differentiable
from scopecli.engine.ops import array_join_ops as join
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops import math_unary_ops as mu

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

# logging_ops.py and string_ops.py
not_differentiable("AudioSummaryV2", "HistogramSummary", "ImageSummary", "MergeSummary", "ScalarSummary",
                   "TensorSummaryV2", "StringJoin")


def _zeros_like(state: TFState, t: Tensor) -> Tensor:
    from scopecli.engine.ops.array_fill_ops import zeros_like

    return zeros_like(state, t)


def _same_op_and_zeros(grad_type: str) -> Any:
    """_ReluGradGrad / _Relu6GradGrad: the same *Grad op on the features, zeros for them."""

    def grad_fn(state: TFState, op: Operation, grad: Tensor) -> Any:
        x = op._inputs[1]
        return gen.op(grad_type)(state, grad, x), _zeros_like(state, x)

    return grad_fn


gradient("ReluGrad")(_same_op_and_zeros("ReluGrad"))
gradient("Relu6Grad")(_same_op_and_zeros("Relu6Grad"))


@gradient("LeakyReluGrad")
def _leaky_relu_grad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    x = op._inputs[1]
    return (gen.op("LeakyReluGrad")(state, grad, x, alpha=op.attrs["alpha"]), _zeros_like(state, x))


def _exponential_grad_grad(grad_type: str) -> Any:
    """_EluGradGrad / _SeluGradGrad: the *Grad op again, and where(x < 0, grad * dy, 0)."""

    def grad_fn(state: TFState, op: Operation, grad: Tensor) -> Any:
        from scopecli.engine.ops.array_join_ops import where

        x = op._inputs[1]
        return (gen.op(grad_type)(state, grad, x),
                where(state, m.less(state, x, 0.0), grad * op._inputs[0], _zeros_like(state, x)))

    return grad_fn


gradient("EluGrad")(_exponential_grad_grad("EluGrad"))
gradient("SeluGrad")(_exponential_grad_grad("SeluGrad"))


@gradient("TanhGrad")
def _tanh_grad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    with control_dependencies(state, [grad]):
        a, b = op._inputs
        return grad * -2.0 * b * a, gen.op("TanhGrad")(state, a, grad)


@gradient("SigmoidGrad")
def _sigmoid_grad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    with control_dependencies(state, [grad]):
        a, b = op._inputs
        gb = grad * b
        return gb - 2.0 * gb * a, gen.op("SigmoidGrad")(state, a, grad)


@gradient("SqrtGrad")
def _sqrt_grad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    a, y = op._inputs[0], op._outputs[0]
    with control_dependencies(state, [grad]):
        ga = m.truediv(state, grad, a)
        return -ga * y, 0.5 * ga


@gradient("RsqrtGrad")
def _rsqrt_grad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    a, b = op._inputs
    with control_dependencies(state, [grad]):
        grad_a = -1.5 * grad * b * mu.square(state, a)
        grad_b = gen.op("RsqrtGrad")(state, a, grad)
        return grad_a, grad_b


@gradient("ReciprocalGrad")
def _reciprocal_grad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    b = op._inputs[1]
    with control_dependencies(state, [grad]):
        ca = op._inputs[0]
        return grad * -2.0 * b * ca, gen.op("ReciprocalGrad")(state, ca, grad)


@gradient("BiasAddGrad")
def _bias_add_grad_grad(state: TFState, op: Operation, received_grad: Tensor) -> Any:
    """_BiasAddGradGrad: the bias gradient reshaped to broadcast and tiled over the input."""
    from scopecli.engine.ops.array_fill_ops import ones_like
    from scopecli.engine.ops.array_join_ops import tile
    from scopecli.engine.ops.tensor_getitem_override import getitem

    data_format = op.attrs.get("data_format")
    shape = shape_ops.shape(state, op._inputs[0])
    bias_shape = shape_ops.shape(state, received_grad)
    if data_format == "NCHW":
        expanded_shape = join.concat(state, [ones_like(state, getitem(shape, slice(None, 1))), bias_shape,
                                          ones_like(state, getitem(shape, slice(2, None)))], 0)
        tile_mults = join.concat(state, [getitem(shape, slice(None, 1)), [1], getitem(shape, slice(2, None))],
                                 0)
    else:
        expanded_shape = join.concat(state, [ones_like(state, getitem(shape, slice(None, -1))), bias_shape],
                                     0)
        tile_mults = join.concat(state, [getitem(shape, slice(None, -1)), [1]], 0)
    expanded_grad = shape_ops.reshape(state, received_grad, expanded_shape)
    return tile(state, expanded_grad, tile_mults)
