"""Shape functions of the op types a sparse (IndexedSlices) update builds: Unique,
UnsortedSegmentSum, the Scatter updates and the SparseApply* ops (array_ops.cc, math_ops.cc,
state_ops.cc, training_ops.cc)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.op_def_library import shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Tensor


@shape_fn("Unique")
def _unique(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims = inputs[0]._shape.dims_
    if dims is not None and len(dims) != 1:
        raise shape_error(f"Shape must be rank 1 but is rank {len(dims)}", name, "Unique", attrs, inputs)
    return [TensorShape.known((None,)), inputs[0]._shape if dims is not None else TensorShape.known((None,))]


@shape_fn("UnsortedSegmentSum")
def _unsorted_segment_sum(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """[num_segments] + data.shape[rank(segment_ids):]."""
    from scopecli.engine.grads.math_grad import constant_ints, constant_value

    data, ids, num = (t._shape.dims_ for t in inputs)
    value: Any = constant_ints(inputs[2])  # a Python int (a Size, a Const): no numpy needed
    if value.__class__ is list:
        value = constant_value(inputs[2])  # int() of an array, as before
    rows = None if value is None else int(value)
    if data is None or ids is None:
        return [TensorShape(None)]
    return [TensorShape.known((rows, *data[len(ids):]))]


def _like_var(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The updated variable's shape (a ref output)."""
    return [inputs[0]._shape]


for _op_type in ("ScatterSub", "ScatterAdd", "SparseApplyMomentum", "SparseApplyRMSProp",
                 "SparseApplyCenteredRMSProp", "SparseApplyAdagrad"):
    register_shape(_op_type, _like_var)


@shape_fn("ListDiff")
def _list_diff(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """Two vectors of unknown length."""
    return [TensorShape.known((None,)), TensorShape.known((None,))]
