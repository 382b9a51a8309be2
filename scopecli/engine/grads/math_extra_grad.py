"""The gradients of the math ops the first gradient batch left out (DivNoNan, MulNoNan,
Cumsum, Cumprod ...), as TF's math_grad.py builds them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.registry import gradient
from scopecli.engine.grads.math_grad import reduce_gradient_args

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


@gradient("DivNoNan")
def _div_no_nan_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.losses import div_no_nan

    x, y = op._inputs  # math_ops.conj of a real tensor is the tensor itself
    gx = div_no_nan(state, grad, y)
    gy = grad * div_no_nan(state, div_no_nan(state, -x, y), y)
    return reduce_gradient_args(state, x, y, gx, gy)
