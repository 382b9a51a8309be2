"""The gradients of Erf and Erfc (math_grad._ErfGrad, _ErfcGrad): grad * (+-2/sqrt(pi)) *
exp(-x^2), the x part made after the incoming gradient (a control dependency on it)."""

from __future__ import annotations

import math

from scopecli.engine.framework.registry import gradient

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation
    from scopecli.engine.framework.state import TFState


def _scaled_gaussian(state: TFState, op: Operation, grad: Any, factor: float) -> Any:
    from scopecli.engine.backprop_util import control_dependencies
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops_core import constant

    x = op._inputs[0]
    coefficient = constant(state, factor, dtype=grad._dtype)
    with control_dependencies(state, [grad]):
        scaled = m.operator_binary(state, "mul", m.mul_dispatch, grad, coefficient)
        square = mu.square(state, x)
        decay = mu.exp(state, mu.negative(state, square))
        return m.operator_binary(state, "mul", m.mul_dispatch, scaled, decay)


@gradient("Erf")
def _erf_grad(state: TFState, op: Operation, grad: Any) -> Any:
    return _scaled_gaussian(state, op, grad, 2 / math.sqrt(math.pi))


@gradient("Erfc")
def _erfc_grad(state: TFState, op: Operation, grad: Any) -> Any:
    return _scaled_gaussian(state, op, grad, -2 / math.sqrt(math.pi))
