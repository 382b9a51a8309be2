"""The gradient of ReverseSequence (array_grad._ReverseSequenceGrad: the gradient reversed the
same way)."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


@gradient("ReverseSequence")
def _reverse_sequence_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.reverse_sequence_ops import reverse_sequence

    return [reverse_sequence(state, grad, op._inputs[1], seq_axis=op.attrs["seq_dim"],
                             batch_axis=op.attrs["batch_dim"]), None]
