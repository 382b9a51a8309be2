"""SparseToDense's gradient (sparse_grad._SparseToDenseGrad): the values' gradient gathered at
the indices, the default value's the rest of the sum; none for the indices and the shape."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.registry import gradient

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


@gradient("SparseToDense")
def _sparse_to_dense_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.manip_ops import gather_nd

    sparse_indices, output_shape = op._inputs[0], op._inputs[1]
    sparse_values_grad = gather_nd(state, grad, sparse_indices)
    default_value_grad = m.subtract(
        state, red.reduce_sum(state, grad), red.reduce_sum(state, sparse_values_grad)
    )
    return [
        fill_ops.zeros_like(state, sparse_indices),
        fill_ops.zeros_like(state, output_shape),
        sparse_values_grad,
        default_value_grad,
    ]
