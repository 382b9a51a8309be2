"""Gradients of the resource variable ops (resource_variable_ops.py): a read passes its gradient
to the handle unchanged, so `tf.gradients(loss, resource_variable)` is the sum reaching its reads."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient, not_differentiable

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation
    from scopecli.engine.framework.state import TFState

not_differentiable("VarIsInitializedOp")


@gradient("ReadVariableOp")
def _read_grad(state: TFState, op: Operation, grad: Any) -> Any:
    """_ReadGrad: the gradient with respect to the handle is the read value's."""
    return grad
