"""The gradient of ReverseSequence (array_grad._ReverseSequenceGrad: the gradient reversed the
same way) and Assert's absence of one (TF declares it NotDifferentiable)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.registry import gradient, not_differentiable

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

not_differentiable("Assert")


@gradient("ReverseSequence")
def _reverse_sequence_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.control_flow_assert import reverse_sequence

    return [reverse_sequence(state, grad, op._inputs[1], seq_axis=op.attrs["seq_dim"],
                             batch_axis=op.attrs["batch_dim"]), None]
