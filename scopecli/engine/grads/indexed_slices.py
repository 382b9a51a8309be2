"""tf.IndexedSlices (framework/indexed_slices.py): the sparse gradient of a gather, its implicit
conversion to a dense tensor (`_indexed_slices_to_tensor`: UnsortedSegmentSum of the values at
the indices over `dense_shape[0]` rows) and backprop_util's aggregation of several (the values
and the indices concatenated)."""

from __future__ import annotations

from scopecli.engine.framework.operation import TensorConvertible
from scopecli.model import attribute, named_tuple

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


# collections.namedtuple("IndexedSlicesValue", ["values", "indices", "dense_shape"]): a fetched one
IndexedSlicesValue = named_tuple("IndexedSlicesValue", ("values", "indices", "dense_shape"))


class IndexedSlices(TensorConvertible):
    """values[i] is row indices[i] of a tensor of shape dense_shape."""

    TYPE_NAME = "IndexedSlices"
    NAMED_CONVERSION = True  # convert_to_tensor(value, name=...) names the UnsortedSegmentSum

    def __init__(self, state: TFState, values: Tensor, indices: Tensor, dense_shape: Tensor | None = None):
        self.state = state
        self._values, self._indices, self._dense_shape = values, indices, dense_shape

    @attribute
    def values(self) -> Tensor:
        return self._values

    @attribute
    def indices(self) -> Tensor:
        return self._indices

    @attribute
    def dense_shape(self) -> Tensor | None:
        return self._dense_shape

    @attribute
    def name(self) -> str:
        return self._values.name

    @attribute
    def dtype(self) -> Any:
        return self._values.dtype

    @attribute
    def op(self) -> Any:
        return self._values.op

    @attribute
    def graph(self) -> Any:
        return self._values.graph

    @attribute
    def device(self) -> str:
        return self._values.device

    @property
    def _dtype(self) -> Any:
        return self._values._dtype

    def graph_element(self) -> Tensor:
        """What ops._get_graph_from_inputs reads the graph from (no conversion)."""
        return self._values

    def to_tensor(self, as_ref: bool = False, name: Any = None) -> Tensor:
        """_indexed_slices_to_tensor: math_ops.unsorted_segment_sum(values, indices, dense_shape[0])."""
        from scopecli.engine import gen
        from scopecli.engine.ops.tensor_getitem_override import getitem
        from scopecli.errors import tf_value_error

        if self._dense_shape is None:
            raise tf_value_error(f"Tensor conversion requested for IndexedSlices without dense_shape: {self}")
        return gen.op("UnsortedSegmentSum")(self.state, self._values, self._indices,
                                            getitem(self._dense_shape, 0), name=name)

    def __str__(self) -> str:
        shape = f", dense_shape={self._dense_shape}" if self._dense_shape is not None else ""
        return f"IndexedSlices(indices={self._indices}, values={self._values}{shape})"

    def __repr__(self) -> str:
        """object.__repr__ without the address (a list or tuple of gradients shows this)."""
        return "<tensorflow.python.framework.indexed_slices.IndexedSlices object>"


def aggregate_indexed_slices(state: TFState, grads: list[Any]) -> Any:
    """backprop_util.AggregateIndexedSlicesGradients: AddN when any is dense, else one
    IndexedSlices of the concatenated values and indices (int32 indices cast to int64 when the
    indices' dtypes are mixed, as math_ops._as_indexed_slices_list does)."""
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.reduction_ops import add_n

    grads = [g for g in grads if g is not None]
    if len(grads) == 1:
        return grads[0]
    if any(not isinstance(g, IndexedSlices) for g in grads):
        # the AddN op converts each IndexedSlices inside its name scope, named after its input
        with state.graph.name_scope("AddN") as scope:
            dense = [g.to_tensor(name=f"inputs_{i}") if isinstance(g, IndexedSlices) else g
                     for i, g in enumerate(grads)]
            return add_n(state, dense, name=scope)
    index_types = {g._indices._dtype.base_dtype.name for g in grads}
    if len(index_types) > 1:
        from scopecli.engine.framework import dtypes

        grads = [IndexedSlices(state, g._values, m.cast(state, g._indices, dtypes.int64), g._dense_shape)
                 if g._indices._dtype.base_dtype.name == "int32" else g for g in grads]
    return IndexedSlices(state, join.concat(state, [g._values for g in grads], 0),
                         join.concat(state, [g._indices for g in grads], 0), grads[0]._dense_shape)
