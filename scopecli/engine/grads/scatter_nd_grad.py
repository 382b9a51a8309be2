"""Gradients of the n-d scatter ops (TF's array_grad.py, state_grad.py): TensorScatterUpdate
(the gradient with zeros scattered over the updated places; the updates' gathered),
TensorScatterAdd/Sub (the gradient itself; the updates' gathered, negated for Sub); the
reference-variable ScatterNdSub is not differentiable (Update and Add: array_grad.py)."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient, not_differentiable

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

not_differentiable("ScatterNdSub")


@gradient("TensorScatterUpdate")
def _tensor_scatter_update_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.array_fill_ops import zeros_like
    from scopecli.engine.ops.array_shape_ops import identity
    from scopecli.engine.ops.manip_ops import gather_nd
    from scopecli.engine.ops.scatter_nd_update_ops import tensor_scatter_nd_update

    indices = op._inputs[1]
    updates_grad = gather_nd(state, grad, indices)
    tensor_grad = tensor_scatter_nd_update(state, identity(state, grad), indices,
                                           zeros_like(state, op._inputs[2], dtype=grad._dtype))
    return [tensor_grad, None, updates_grad]


@gradient("TensorScatterAdd")
def _tensor_scatter_add_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.array_shape_ops import identity
    from scopecli.engine.ops.manip_ops import gather_nd

    updates_grad = gather_nd(state, grad, op._inputs[1])
    return [identity(state, grad), None, updates_grad]


@gradient("TensorScatterSub")
def _tensor_scatter_sub_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.array_shape_ops import identity
    from scopecli.engine.ops.manip_ops import gather_nd
    from scopecli.engine.ops.math_unary_ops import negative

    updates_grad = gather_nd(state, grad, op._inputs[1])
    tensor_grad = identity(state, grad)
    return [tensor_grad, None, negative(state, updates_grad)]
