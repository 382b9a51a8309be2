"""The gradient of SparseReduceSum (sparse_grad._SparseReduceSumGrad): the output gradient
reshaped to the kept dims, gathered back at each value's (scaled) index."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation
    from scopecli.engine.framework.state import TFState


@gradient("SparseReduceSum")
def _sparse_reduce_sum_grad(state: TFState, op: Operation, out_grad: Any) -> list[Any]:
    from scopecli.engine.framework import dtypes
    from scopecli.engine.grads.reduction_grad import dynamic_reduced_shape
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.array_shape_ops import reshape
    from scopecli.engine.ops.manip_ops import gather_nd

    sp_indices, sp_shape = op._inputs[0], op._inputs[2]
    output_shape_kept_dims = dynamic_reduced_shape(state, sp_shape, op._inputs[3])
    out_grad_reshaped = reshape(state, out_grad, output_shape_kept_dims)
    scale = m.operator_binary(state, "floordiv", m.floordiv, sp_shape,
                              m.cast(state, output_shape_kept_dims, dtypes.int64))
    index = m.operator_binary(state, "floordiv", m.floordiv, sp_indices, scale)
    return [None, gather_nd(state, out_grad_reshaped, index), None, None]
