"""tf.sparse_reduce_sum (sparse_ops.sparse_reduce_sum, v1): the SparseReduceSum op, a dense sum
of a SparseTensor over some axes, and its shape function (sparse_ops.cc SparseReduceShapeFn)."""

from __future__ import annotations

from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@shape_fn("SparseReduceSum")
def _sparse_reduce_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """Known only when the dense shape and the axes are constants: the kept (or 1) dimensions."""
    from scopecli.engine.framework.op_def_library import shape_error
    from scopecli.engine.op_def import const_value

    shape, axes = const_value(inputs[2]), const_value(inputs[3])
    if shape is None or axes is None:
        return [TensorShape(None)]
    dims = [int(d) for d in shape.reshape(-1)]
    if not dims:
        raise shape_error("Number of dims in shape tensor must not be 0", node, "SparseReduceSum", attrs,
                          inputs)
    reduced = {(int(a) + len(dims)) % len(dims) for a in axes.reshape(-1)}
    if attrs["keep_dims"]:
        return [TensorShape.known(tuple(1 if d in reduced else n for d, n in enumerate(dims)))]
    return [TensorShape.known(tuple(n for d, n in enumerate(dims) if d not in reduced))]


def reduction_dims(state: TFState, sp_input: Any, axis: Any) -> Any:
    """math_ops._ReductionDims: `axis`, else range(rank) (a Const when the rank is known)."""
    from scopecli.engine.ops.array_fill_ops import range_
    from scopecli.engine.ops.array_shape_ops import size
    from scopecli.engine.ops_core import constant

    if axis is not None:
        return axis
    rank = sp_input._dense_shape._shape.dims_
    if rank is not None and rank[0]:
        return constant(state, list(range(rank[0])))
    return range_(state, 0, size(state, sp_input._dense_shape))


@tf_export("sparse.reduce_sum", "sparse_reduce_sum", label=False)
def sparse_reduce_sum(state: TFState, sp_input: Any, axis: Any = None, keepdims: Any = None,
                      reduction_axes: Any = None, keep_dims: Any = None) -> Tensor:
    """The deprecated aliases looked up as TF does, then gen_sparse_ops.sparse_reduce_sum."""
    from scopecli.engine.framework.op_def_library import apply_op
    from scopecli.engine.framework.sparse_tensor import to_sparse
    from scopecli.errors import tf_value_error

    if keepdims is not None and keep_dims is not None:
        raise tf_value_error("Cannot specify both 'keep_dims' and 'keepdims'.")
    if axis is not None and reduction_axes is not None:
        raise tf_value_error("Cannot specify both 'reduction_axes' and 'axis'.")
    keepdims = bool(keep_dims if keepdims is None else keepdims)
    axis = reduction_axes if axis is None else axis
    sp_input = to_sparse(state, sp_input)
    op = apply_op(state, "SparseReduceSum", None, input_indices=sp_input._indices,
                  input_values=sp_input._values, input_shape=sp_input._dense_shape,
                  reduction_axes=reduction_dims(state, sp_input, axis), keep_dims=keepdims)
    return op._outputs[0]
