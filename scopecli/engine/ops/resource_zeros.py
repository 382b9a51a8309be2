"""The zeros a resource-typed gradient starts from (control_flow_state.ZerosLikeOutsideLoop for
a dtype resource output: zeros(VariableShape(handle), dtype of the variable)), with the
VariableShape op's shape function (its variable's rank, from the handle's data)."""

from __future__ import annotations

from scopecli.engine.framework.registry import not_differentiable, shape_fn
from scopecli.engine.framework.shapes import TensorShape

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

# Ops that hand a resource handle on unchanged (its handle data propagates through them).
_PASS_THROUGH = frozenset(("Switch", "RefSwitch", "Identity", "Enter", "RefEnter", "Merge", "Exit"))


def handle_variable(handle: Tensor) -> Operation | None:
    """The VarHandleOp a resource tensor carries (TF's handle data), or None."""
    op = handle._op
    for _ in range(1000):  # a chain of Switch/Enter/Identity; a cycle cannot happen in a graph
        if op._type == "VarHandleOp":
            return op
        if op._type not in _PASS_THROUGH or not op._inputs:
            return None
        op = op._inputs[0]._op
    return None


@shape_fn("VariableShape")
def _variable_shape_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """VariableShapeShapeFn: a vector as long as the variable's rank (unknown without handle data)."""
    variable = handle_variable(inputs[0])
    shape = None if variable is None else variable.attrs.get("shape")
    rank = None if shape is None or getattr(shape, "dims_", None) is None else len(shape.dims_)
    return [TensorShape.known((rank,))]


not_differentiable("VariableShape")


def resource_zeros(state: TFState, handle: Tensor) -> Tensor | None:
    """zeros(variable_shape(handle), dtype=get_zeros_dtype(handle)); None when the handle carries no
    variable (default_gradient.supports_default_grad is False: no zeros are made)."""
    from scopecli.engine.framework.op_def_library import apply_op
    from scopecli.engine.ops.array_fill_ops import zeros

    variable = handle_variable(handle)
    if variable is None:
        return None
    shape = apply_op(state, "VariableShape", None, input=handle)._outputs[0]
    return zeros(state, shape, variable.attrs["dtype"])
