"""Shape functions of the op types a sparse (IndexedSlices) update builds: Unique,
UnsortedSegmentSum, the Scatter updates and the SparseApply* ops (array_ops.cc, math_ops.cc,
state_ops.cc, training_ops.cc)."""

from __future__ import annotations

from scopecli.engine.framework.op_def_library import shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor


@shape_fn("Unique")
def _unique(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims = inputs[0]._shape.dims_
    if dims is not None and len(dims) != 1:
        raise shape_error(f"Shape must be rank 1 but is rank {len(dims)}", name, "Unique", attrs, inputs)
    return [TensorShape.known((None,)), inputs[0]._shape if dims is not None else TensorShape.known((None,))]


@shape_fn("UnsortedSegmentSum")
def _unsorted_segment_sum(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """[num_segments] + data.shape[rank(segment_ids):]; num_segments as the shape refiner
    evaluates it (MakeDimForScalarInput: also `shape(params)[0]` of a known dim, as the
    IndexedSlices-to-dense conversion of an embedding gradient has it)."""
    from scopecli.engine.op_def import const_value
    from scopecli.engine.ops.tensor_util import NOT_CONSTANT, known_ints

    data, ids, num = (t._shape.dims_ for t in inputs)
    value: Any = known_ints(inputs[2])  # a Python int (a Size, a Const, shape(x)[0]): no numpy needed
    if value is NOT_CONSTANT:
        value = None
    elif value is None or value.__class__ is list:
        value = const_value(inputs[2])  # the refiner's folding of small constant subgraphs
    rows = None if value is None else int(value)
    if data is None or ids is None:
        return [TensorShape(None)]
    return [TensorShape.known((rows, *data[len(ids):]))]


def _like_var(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The updated variable's shape (a ref output)."""
    return [inputs[0]._shape]


for _op_type in ("ScatterSub", "ScatterAdd", "SparseApplyMomentum", "SparseApplyRMSProp",
                 "SparseApplyCenteredRMSProp", "SparseApplyAdagrad", "SparseApplyAdadelta"):
    register_shape(_op_type, _like_var)


@shape_fn("ListDiff")
def _list_diff(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """Two vectors of unknown length."""
    return [TensorShape.known((None,)), TensorShape.known((None,))]
