"""The gradients of SpaceToBatchND and BatchToSpaceND (TF's array_grad.py): each is the other op
on the same block shape and paddings/crops (a dilated convolution's reshuffles)."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.registry import gradient

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


@gradient("SpaceToBatchND")
def _space_to_batch_nd_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return [gen.op("BatchToSpaceND")(state, grad, op._inputs[1], op._inputs[2]), None, None]


@gradient("BatchToSpaceND")
def _batch_to_space_nd_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return [gen.op("SpaceToBatchND")(state, grad, op._inputs[1], op._inputs[2]), None, None]
