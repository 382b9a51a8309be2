"""tf.sparse.add / tf.sparse_add as TF1's sparse_ops.sparse_add builds it: two SparseTensors meet
in one SparseAdd op (a `threshold` constant of the values' real dtype; the result's dense shape
static when both shapes are known), a SparseTensor and a dense Tensor in SparseTensorDenseAdd
(the sparse operand first, whichever order they came in); the shapes of SparseAdd and of its
gradient op SparseAddGrad (sparse_ops.cc)."""

from __future__ import annotations

from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.sparse_tensor import SparseTensor, SparseTensorValue, to_sparse
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_type_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("sparse.add", "sparse_add", label=False)
def sparse_add(state: TFState, a: Any, b: Any, threshold: Any = None, thresh: Any = None) -> Any:
    """sparse_ops.sparse_add (v1: `thresh` the deprecated spelling of `threshold`) -> sparse_add_v2."""
    if threshold is not None and thresh is not None:
        from scopecli.errors import tf_value_error

        raise tf_value_error("Cannot specify both 'threshold' and 'thresh'")
    threshold = thresh if threshold is None else threshold
    return _sparse_add_v2(state, a, b, 0 if threshold is None else threshold)


def _sparse_add_v2(state: TFState, a: Any, b: Any, threshold: Any) -> Any:
    from scopecli.engine.framework.common_shapes import broadcast_shapes
    from scopecli.engine.ops_core import convert_to_tensor

    sparse = (SparseTensor, SparseTensorValue)
    if not isinstance(a, sparse) and not isinstance(b, sparse):
        raise tf_type_error("At least one input should be SparseTensor; do you mean to use tf.add()?")
    if isinstance(a, sparse) and isinstance(b, sparse):
        a, b = to_sparse(state, a), to_sparse(state, b)
        threshold = convert_to_tensor(state, threshold, dtype=a._values._dtype.real_dtype.base_dtype,
                                      name="threshold")
        op = apply_op(state, "SparseAdd", None, a_indices=a._indices, a_values=a._values,
                      a_shape=a._dense_shape, b_indices=b._indices, b_values=b._values,
                      b_shape=b._dense_shape, thresh=threshold)
        indices, values, shape = op._outputs
        a_shape, b_shape = a.get_shape(), b.get_shape()
        a_shape.assert_is_compatible_with(b_shape)
        static = broadcast_shapes(a_shape, b_shape)  # compatible: never a clashing pair
        if isinstance(static, TensorShape) and static.is_fully_defined():
            return SparseTensor(state, indices, values, static.as_list())
        return SparseTensor(state, indices, values, shape)
    if isinstance(b, sparse):
        a, b = b, a
    a = to_sparse(state, a)
    op = apply_op(state, "SparseTensorDenseAdd", None, a_indices=a._indices, a_values=a._values,
                  a_shape=a._dense_shape, b=b)
    return op._outputs[0]


@shape_fn("SparseAdd")
def _sparse_add_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """[?, rank] indices, [?] values, and a's shape vector."""
    a_shape = inputs[2]._shape
    rank = None if a_shape.dims_ is None else a_shape.dims_[0]
    return [TensorShape([None, rank]), TensorShape([None]), a_shape]


@shape_fn("SparseAddGrad")
def _sparse_add_grad_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """One gradient per value of a and of b (their indices' first dimensions)."""
    a, b = inputs[1]._shape.dims_, inputs[2]._shape.dims_
    return [TensorShape([None if a is None else a[0]]), TensorShape([None if b is None else b[0]])]
