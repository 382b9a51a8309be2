"""The gradient of SparseToDense (TF's sparse_grad.py _SparseToDenseGrad): the values' gradient
gathered at the indices, the default's the rest of the incoming gradient's sum."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation
    from scopecli.engine.framework.state import TFState


@gradient("SparseToDense")
def _sparse_to_dense_grad(state: TFState, op: Operation, grad: Any) -> Any:
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.array_fill_ops import zeros_like
    from scopecli.engine.ops.manip_ops import gather_nd
    from scopecli.engine.ops.reduction_ops import reduce_sum

    sparse_indices, output_shape, _, _ = op._inputs
    sparse_values_grad = gather_nd(state, grad, sparse_indices)
    default_value_grad = m.operator_binary(state, "sub", m.subtract, reduce_sum(state, grad),
                                           reduce_sum(state, sparse_values_grad))
    return [zeros_like(state, sparse_indices), zeros_like(state, output_shape), sparse_values_grad,
            default_value_grad]
