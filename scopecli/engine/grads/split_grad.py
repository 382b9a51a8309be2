"""The gradients of Split and SplitV (TF's array_grad._SplitGrad / _SplitVGrad): the pieces'
gradients concatenated back along the split axis (an unused piece's is zeros, filled in by
gradients_util). Every LSTM cell splits its gate matrix, so training one needs these."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine import math_ops as m
from scopecli.engine.framework.registry import gradient

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


@gradient("Split")
def _split_grad(state: TFState, op: Operation, *grads: Tensor) -> Any:
    return None, m.concat(state, list(grads), op._inputs[0])


@gradient("SplitV")
def _split_v_grad(state: TFState, op: Operation, *grads: Tensor) -> Any:
    return [m.concat(state, list(grads), op._inputs[2]), None, None]
