"""The gradients of the gathers and segment sums (array_grad.py's _GatherV2Grad, math_grad.py's
_UnsortedSegmentSumGrad): an axis-0 gather's gradient is an IndexedSlices of the incoming
gradient reshaped to [len(indices), params' tail] at the flattened indices."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.registry import gradient
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.grads.indexed_slices import IndexedSlices
from scopecli.engine.ops import array_fill_ops as fill_ops
from scopecli.engine.ops import array_join_ops as join
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.errors import InputError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


def _dense(state: TFState, grad: Any) -> Tensor:
    """_IndexedSlicesToTensorNoWarning."""
    return grad.to_tensor() if isinstance(grad, IndexedSlices) else grad


@gradient("GatherV2")
def _gather_v2_grad(state: TFState, op: Operation, grad: Any) -> Any:
    from scopecli.engine.grads.math_grad import constant_ints, constant_value
    from scopecli.engine.ops.array_shape_ops import expand_dims, size
    from scopecli.engine.ops.tensor_getitem_override import getitem

    params, indices, axis = op._inputs
    params_shape = shape_ops.shape(state, params)
    indices_size = expand_dims(state, size(state, indices), 0)
    axis_static: Any = constant_ints(axis)  # a Python int axis: no numpy needed
    if axis_static.__class__ is list:
        axis_static = constant_value(axis)  # int() of an array, as before
    if int(op.attrs.get("batch_dims", 0)) != 0 or axis_static is None or int(axis_static) != 0:
        raise InputError(f"the gradient of GatherV2 '{op._name}' along an axis other than 0 (or with "
                         "batch_dims) is not supported by scopecli yet")
    params_tail_shape = getitem(params_shape, slice(1, None))
    values_shape = join.concat(state, [indices_size, params_tail_shape], 0)
    values = shape_ops.reshape(state, _dense(state, grad), values_shape)
    flat = indices
    indices = shape_ops.reshape(state, indices, indices_size)
    # TF's shape inference folds Size/Shape/ConcatV2/StridedSlice of known shapes into the
    # Reshape's static shape: [number of indices, *params' tail]
    count = _known_size(flat)
    tail = params._shape.dims_
    indices._shape = indices._shape.merge_with(TensorShape.known((count,)))
    if tail is not None:
        values._shape = values._shape.merge_with(TensorShape.known((count, *tail[1:])))
    return [IndexedSlices(state, values, indices, params_shape), None, None]


def _known_size(t: Tensor) -> int | None:
    dims = t._shape.dims_
    if dims is None or None in dims:
        return None
    count = 1
    for d in dims:
        count *= int(d)  # type: ignore[arg-type]
    return count


@gradient("UnsortedSegmentSum")
def _unsorted_segment_sum_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """_GatherDropNegatives(grad, segment_ids)[0]: the gradient gathered at each id, zero where
    the id is negative."""
    from scopecli.engine.ops.array_fill_ops import ones_like, zeros_like
    from scopecli.engine.ops.array_join_ops import gather
    from scopecli.engine.ops.array_shape_ops import rank
    from scopecli.engine.ops.reduction_ops import where_v2

    ids = op._inputs[1]
    zero_clipped_indices = m.maximum(state, ids, zeros_like(state, ids))
    gathered = gather(state, grad, zero_clipped_indices)
    is_positive = m.greater_equal(state, ids, 0)
    is_positive_shape = shape_ops.shape(state, is_positive)
    ones = fill_ops.ones(state, [rank(state, gathered) - rank(state, is_positive)],
                         dtype=is_positive_shape._dtype)
    broadcastable_shape = join.concat(state, [is_positive_shape, ones], 0)
    is_positive = shape_ops.reshape(state, is_positive, broadcastable_shape)
    is_positive = gen.op("LogicalAnd")(state, is_positive, ones_like(state, gathered, dtype=dtypes.bool_))
    zero_slice = zeros_like(state, gathered)
    return where_v2(state, is_positive, gathered, zero_slice), None, None


@gradient("GatherNd")
def _gather_nd_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """An IndexedSlices for [n, 1] indices, else ScatterNd of the gradient into ref's shape."""
    from scopecli.engine.ops.array_shape_ops import squeeze

    ref, indices = op._inputs
    ref_shape = shape_ops.shape(state, ref, out_type=indices._dtype)
    dims = indices._shape.dims_
    if dims is not None and len(dims) == 2 and dims[-1] == 1:
        return [IndexedSlices(state, grad, squeeze(state, indices, axis=-1), ref_shape), None]
    return [gen.op("ScatterNd")(state, indices, grad, ref_shape), None]


@gradient("ScatterNd")
def _scatter_nd_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.manip_ops import gather_nd

    return [None, gather_nd(state, grad, op._inputs[0]), None]


@gradient("TopKV2")
def _top_k_grad(state: TFState, op: Operation, grad: Tensor, unused_indices_grad: Any) -> Any:
    """_TopKGrad: the values' gradient scattered (ScatterNd) at the flattened indices of the
    input, reshaped to its shape; zeros for k."""
    from scopecli.engine.framework import dtypes
    from scopecli.engine.ops.array_fill_ops import range_
    from scopecli.engine.ops.array_join_ops import gather
    from scopecli.engine.ops.array_shape_ops import expand_dims, size
    from scopecli.engine.ops.reduction_ops import reduce_prod
    from scopecli.engine.ops.tensor_getitem_override import getitem

    in_shape = shape_ops.shape(state, op._inputs[0])
    ind_shape = shape_ops.shape(state, op._outputs[1])
    ind_lastdim = gather(state, m.cast(state, ind_shape, dtypes.int64), size(state, ind_shape) - 1)
    ind_2d = shape_ops.reshape(state, op._outputs[1], join.stack(state, [-1, ind_lastdim]))
    dims = op._outputs[1]._shape.dims_
    if dims and None not in dims:  # TF's shape inference evaluates the stacked shape: [-1, k] is known
        ind_2d._shape = ind_2d._shape.merge_with(TensorShape.known((_known_size(op._outputs[1]) // dims[-1],
                                                                     dims[-1])))
    in_lastdim = gather(state, m.cast(state, in_shape, dtypes.int64), size(state, in_shape) - 1)
    outerdim = getitem(shape_ops.shape(state, ind_2d), 0)
    offsets = range_(state, 0, m.cast(state, outerdim, dtypes.int64) * in_lastdim, in_lastdim)
    ind = shape_ops.reshape(state, ind_2d + m.cast(state, expand_dims(state, offsets, -1), dtypes.int32),
                            [-1])
    scattered = gen.op("ScatterNd")(state, expand_dims(state, ind, -1), shape_ops.reshape(state, grad, [-1]),
                                    [reduce_prod(state, in_shape)])
    return [shape_ops.reshape(state, scattered, in_shape), fill_ops.zeros(state, [], dtype=dtypes.int32)]
