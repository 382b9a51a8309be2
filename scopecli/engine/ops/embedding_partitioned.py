"""tf.nn.embedding_lookup over partitioned params (embedding_ops._embedding_lookup_and_transform
with several shards): the flattened ids assigned to shards by `partition_strategy` ("mod": id %
n, "div": contiguous ranges), two DynamicPartitions (ids and their positions), a GatherV2 per
shard, ParallelDynamicStitch named as the scope, and the reshape back to the ids' shape."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def partitioned_lookup(state: TFState, scope: str, params: list[Tensor], ids: Tensor,
                       strategy: Any) -> Tensor:
    """The lookup inside the `embedding_lookup` scope, for converted `params` and `ids`."""
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.array_fill_ops import range_
    from scopecli.engine.ops.array_join_ops import where
    from scopecli.engine.ops_core import constant

    n = len(params)
    flat_ids = shape_ops.reshape(state, ids, [-1])
    original_indices = range_(state, shape_ops.size(state, flat_ids))
    if strategy == "mod":
        assignments = m.operator_binary(state, "mod", m.floormod, flat_ids, n)
        new_ids = m.operator_binary(state, "floordiv", m.floordiv, flat_ids, n)
    elif strategy == "div":
        rows = [p._shape.dims_[0] if p._shape.dims_ else None for p in params]
        if None in rows:
            raise InputError("a 'div' partitioned embedding_lookup of shards of unknown length is not "
                             "supported by scopecli yet")
        total = constant(state, sum(rows), dtype=flat_ids._dtype.base_dtype)  # type: ignore[arg-type]
        per = m.operator_binary(state, "floordiv", m.floordiv, total, n)
        extras = m.operator_binary(state, "mod", m.floormod, total, n)
        assignments = m.maximum(
            state,
            m.operator_binary(state, "floordiv", m.floordiv, flat_ids,
                              m.operator_binary(state, "add", m.add_dispatch, per, 1)),
            m.operator_binary(state, "floordiv", m.floordiv,
                              m.operator_binary(state, "sub", m.subtract, flat_ids, extras), per))
        new_ids = where(
            state, m.less(state, assignments, extras),
            m.operator_binary(state, "mod", m.floormod, flat_ids,
                              m.operator_binary(state, "add", m.add_dispatch, per, 1)),
            m.operator_binary(state, "mod", m.floormod,
                              m.operator_binary(state, "sub", m.subtract, flat_ids, extras), per))
    else:
        raise tf_value_error(f"Unrecognized partition strategy: {strategy}.Must be one of either `mod` or "
                             "`div`.")
    assignments = m.cast(state, assignments, "int32")
    gather_ids = gen.op("DynamicPartition")(state, new_ids, assignments, num_partitions=n)
    positions = gen.op("DynamicPartition")(state, original_indices, assignments, num_partitions=n)
    pieces = [join.gather(state, params[p], gather_ids[p]) for p in range(n)]
    stitched = gen.op("ParallelDynamicStitch")(state, list(positions), pieces, name=scope)
    element = params[0]._shape.dims_
    element_shape = TensorShape(None) if element is None else TensorShape.known(tuple(element[1:]))
    for p in params[1:]:
        dims = p._shape.dims_
        element_shape = element_shape.merge_with(TensorShape(None) if dims is None
                                                 else TensorShape.known(tuple(dims[1:])))
    if not element_shape.is_fully_defined():
        raise InputError("a partitioned embedding_lookup of shards of partly unknown shape is not supported "
                         "by scopecli yet")
    target = join.concat(state, [shape_ops.shape(state, ids), list(element_shape.dims_ or ())], 0)
    result = shape_ops.reshape(state, stitched, target)
    if ids._shape.dims_ is not None:
        result.set_shape(TensorShape.known((*ids._shape.dims_, *(element_shape.dims_ or ()))))
    return result


@shape_fn("DynamicPartition")
def _dynamic_partition(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """DynamicPartition: num_partitions outputs of [?] + data's shape after the partitions' rank."""
    data, partitions = inputs[0]._shape.dims_, inputs[1]._shape.dims_
    if data is None or partitions is None:
        return [TensorShape(None)] * attrs["num_partitions"]
    return [TensorShape.known((None, *data[len(partitions):]))] * attrs["num_partitions"]


def _stitch_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    from scopecli.engine.framework.registry import SHAPE_FNS
    from scopecli.engine.grads import shapes  # noqa: F401 - registers DynamicStitch's shape function

    return SHAPE_FNS["DynamicStitch"](name, inputs, attrs)


register_shape("ParallelDynamicStitch", _stitch_shape)
