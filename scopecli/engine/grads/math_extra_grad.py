"""The gradients of the math ops the first gradient batch left out (DivNoNan, MulNoNan,
Cumsum, Cumprod, Sin, Cos), as TF's math_grad.py builds them."""

from __future__ import annotations

from scopecli.engine.backprop_util import control_dependencies
from scopecli.engine.framework.registry import gradient, register_shape
from scopecli.engine.grads.math_grad import reduce_gradient_args

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


@gradient("DivNoNan")
def _div_no_nan_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.losses import div_no_nan

    x, y = op._inputs  # math_ops.conj of a real tensor is the tensor itself
    gx = div_no_nan(state, grad, y)
    gy = grad * div_no_nan(state, div_no_nan(state, -x, y), y)
    return reduce_gradient_args(state, x, y, gx, gy)


@gradient("MulNoNan")
def _mul_no_nan_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine import gen
    from scopecli.engine.grads.math_grad import _same_full_shapes

    x, y = op._inputs
    if _same_full_shapes(x, y, grad):
        return gen.op("MulNoNan")(state, grad, y), gen.op("MulNoNan")(state, x, grad)
    gx = gen.op("MulNoNan")(state, grad, y)
    gy = gen.op("MulNoNan")(state, x, grad)
    return reduce_gradient_args(state, x, y, gx, gy)


@gradient("Cumsum")
def _cumsum_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.manip_ops import cumsum

    exclusive, reverse = op.attrs["exclusive"], op.attrs["reverse"]
    return [cumsum(state, grad, op._inputs[1], exclusive=exclusive, reverse=not reverse), None]


@gradient("Cumprod")
def _cumprod_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.losses import div_no_nan
    from scopecli.engine.ops.manip_ops import cumprod, cumsum

    x, axis = op._inputs
    exclusive, reverse = op.attrs["exclusive"], op.attrs["reverse"]
    prod = cumprod(state, x, axis, exclusive=exclusive, reverse=reverse)
    out = cumsum(state, prod * grad, axis, exclusive=exclusive, reverse=not reverse)
    return [div_no_nan(state, out, x), None]


def _trig(op_type: str) -> Any:
    from scopecli.engine import gen

    return lambda state, x: gen.op(op_type)(state, x)


@gradient("Sin")
def _sin_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    with control_dependencies(state, [grad]):
        return grad * _trig("Cos")(state, op._inputs[0])


@gradient("Cos")
def _cos_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    with control_dependencies(state, [grad]):
        return -grad * _trig("Sin")(state, op._inputs[0])


# Sin is built only by Cos's gradient here: its shape and kernel as Cos's
register_shape("Sin", lambda name, inputs, attrs: [inputs[0]._shape])
