"""The reductions and matrix products of TF's math_grad.py: Sum/Mean (static paths with the
kept-dims reshape and Tile), Max/Min (indicator division), MatMul and BatchMatMulV2."""

from __future__ import annotations

import math

from scopecli.engine import gen
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.registry import gradient
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.grads.math_grad import constant_ints, reduced_shape, shape_tuple
from scopecli.engine.ops import array_fill_ops as fill_ops
from scopecli.engine.ops import array_join_ops as join
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops import reduction_ops as red
from scopecli.engine.ops_core import constant

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


# -- reductions ----------------------------------------------------------------------------------


@gradient("Sum")
def _sum_grad(state: TFState, op: Operation, grad: Tensor) -> list[Any]:
    from scopecli.engine.ops.array_join_ops import tile

    input_shape = shape_tuple(op._inputs[0])
    axes = constant_ints(op._inputs[1])
    if input_shape is not None and axes is not None:
        rank = len(input_shape)
        if axes.__class__ is list and axes == list(range(rank)):
            grad = shape_ops.reshape(state, grad, [1] * rank)
            if None in input_shape:
                multiples = shape_ops.shape(state, op._inputs[0])
            else:
                multiples = constant(state, list(input_shape), dtype=dtypes.int32)
            return [tile(state, grad, multiples), None]
        if None not in input_shape:
            kept, scaling = _kept_dims_and_scaling(state, input_shape, axes)
            grad = shape_ops.reshape(state, grad, list(kept))
            return [tile(state, grad, list(scaling)), None]
    # The general path: reshape to the reduced shape with kept dims, then BroadcastTo.
    shape_t = shape_ops.shape(state, op._inputs[0])
    if not op.attrs["keep_dims"]:
        grad = shape_ops.reshape(state, grad, dynamic_reduced_shape(state, shape_t, op._inputs[1]))
    return [gen.op("BroadcastTo")(state, grad, shape_t), None]


def dynamic_reduced_shape(state: TFState, input_shape: Tensor, axes: Tensor) -> Any:
    """math_ops.reduced_shape: the constant answer when both are known, else DynamicStitch of
    range(rank) and the normalised axes over [input_shape, ones(shape(axes))]."""
    from scopecli.engine.ops.array_fill_ops import range_
    from scopecli.engine.ops.array_shape_ops import size

    known, known_axes = constant_ints(input_shape), constant_ints(axes)
    if known is not None and known_axes is not None:
        return reduced_shape(tuple([known] if known.__class__ is int else known), known_axes)  # type: ignore[arg-type,list-item]
    input_rank = size(state, input_shape, out_type=axes._dtype)
    axes = (axes + input_rank) % input_rank
    axes_shape = shape_ops.shape(state, axes)
    return gen.op("DynamicStitch")(state, [range_(state, input_rank), axes],
                                   [input_shape, fill_ops.ones(state, axes_shape, dtype=input_shape._dtype)])


def _kept_dims_and_scaling(state: TFState, input_shape: tuple[int, ...], axes: int | list[int],
                           ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """_SumGrad's static path: the reduced shape with kept dims, and the tile multiples, cached
    per graph by (input shape, axes) as TF's graph._reduced_shape_cache. The multiples come
    from `input_shape // maximum(kept, 1)` built as ops (Maximum, floordiv) and then
    evaluated in Python, so the first call leaves those ops in the graph."""
    graph = state.graph
    cache = graph.__dict__.setdefault("reduced_shape_cache", {})
    key = (input_shape, tuple([axes] if axes.__class__ is int else axes))  # type: ignore[arg-type,list-item]
    found = cache.get(key)
    if found is None:
        kept = tuple(int(d) for d in reduced_shape(input_shape, axes))
        bounded = m.maximum(state, list(kept), 1)
        m.operator_reflected(state, "floordiv", m.floordiv, bounded, list(input_shape))
        scaling = tuple(d // max(k, 1) for d, k in zip(input_shape, kept, strict=True))
        found = cache[key] = (kept, scaling)
    return found


@gradient("Mean")
def _mean_grad(state: TFState, op: Operation, grad: Tensor) -> list[Any]:
    sum_grad = _sum_grad(state, op, grad)[0]
    input_shape, output_shape = shape_tuple(op._inputs[0]), shape_tuple(op._outputs[0])
    if input_shape is None or output_shape is None or None in input_shape or None in output_shape:
        from scopecli.engine.ops.array_join_ops import gather
        from scopecli.engine.ops.array_shape_ops import size
        from scopecli.engine.ops.reduction_ops import reduce_prod

        shape_t = shape_ops.shape(state, op._inputs[0])
        input_rank = size(state, shape_t)
        axes = m.cast(state, op._inputs[1], input_rank._dtype)
        axes = (axes + input_rank) % input_rank
        factor_t = reduce_prod(state, gather(state, shape_t, axes))
        return [m.truediv(state, sum_grad, m.cast(state, factor_t, sum_grad._dtype)), None]
    factor = math.prod(input_shape) // max(math.prod(output_shape), 1)  # type: ignore[arg-type]
    factor_t = constant(state, factor, dtype=sum_grad._dtype)
    return [m.truediv(state, sum_grad, m.cast(state, factor_t, sum_grad._dtype)), None]


def _min_or_max_grad(state: TFState, op: Operation, grad: Tensor) -> list[Any]:
    input_shape = shape_ops.shape(state, op._inputs[0])
    y = op._outputs[0]
    if not op.attrs["keep_dims"]:
        kept: Any = dynamic_reduced_shape(state, input_shape, op._inputs[1])
        y = shape_ops.reshape(state, y, kept)
        grad = shape_ops.reshape(state, grad, kept)
    else:
        kept = shape_ops.shape(state, y)
    indicators = m.cast(state, m.equal(state, y, op._inputs[0]), grad._dtype)
    num_selected = shape_ops.reshape(state, red.reduce_sum(state, indicators, op._inputs[1]), kept)
    return [m.divide(state, indicators, num_selected) * grad, None]


gradient("Max")(_min_or_max_grad)
gradient("Min")(_min_or_max_grad)


# -- matrix products ---------------------------------------------------------------------------------


@gradient("MatMul")
def _mat_mul_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    t_a, t_b = op.attrs["transpose_a"], op.attrs["transpose_b"]
    a, b = op._inputs
    mat_mul = gen.op("MatMul")
    if not t_a and not t_b:
        return (mat_mul(state, grad, b, transpose_b=True, grad_a=True),
                mat_mul(state, a, grad, transpose_a=True, grad_b=True))
    if not t_a and t_b:
        return (mat_mul(state, grad, b, grad_a=True),
                mat_mul(state, grad, a, transpose_a=True, grad_b=True))
    if t_a and not t_b:
        return (mat_mul(state, b, grad, transpose_b=True, grad_a=True),
                mat_mul(state, a, grad, grad_b=True))
    return (mat_mul(state, b, grad, transpose_a=True, transpose_b=True, grad_a=True),
            mat_mul(state, grad, a, transpose_a=True, transpose_b=True, grad_b=True))


@gradient("BatchMatMulV2")
def _batch_mat_mul_v2_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """_BatchMatMulV2 through math_ops.matmul (each product in its own `MatMul` scope)."""
    x, y = op._inputs
    adj_x, adj_y = op.attrs["adj_x"], op.attrs["adj_y"]
    if not adj_x:
        if not adj_y:
            grad_x = m.matmul(state, grad, y, adjoint_a=False, adjoint_b=True, grad_a=True)
            grad_y = m.matmul(state, x, grad, adjoint_a=True, adjoint_b=False, grad_b=True)
        else:
            grad_x = m.matmul(state, grad, y, adjoint_a=False, adjoint_b=False, grad_a=True)
            grad_y = m.matmul(state, grad, x, adjoint_a=True, adjoint_b=False, grad_b=True)
    elif not adj_y:
        grad_x = m.matmul(state, y, grad, adjoint_a=False, adjoint_b=True, grad_a=True)
        grad_y = m.matmul(state, x, grad, adjoint_a=False, adjoint_b=False, grad_b=True)
    else:
        grad_x = m.matmul(state, y, grad, adjoint_a=True, adjoint_b=True, grad_a=True)
        grad_y = m.matmul(state, grad, x, adjoint_a=True, adjoint_b=True, grad_b=True)
    sx, sy = x._shape, y._shape
    may_have_batch = sx.dims_ is None or len(sx.dims_) > 2 or sy.dims_ is None or len(sy.dims_) > 2
    batch_x = None if sx.dims_ is None else sx.dims_[:-2]
    batch_y = None if sy.dims_ is None else sy.dims_[:-2]
    match = (batch_x is not None and batch_y is not None and None not in batch_x and None not in batch_y
             and batch_x == batch_y)
    if not may_have_batch or match:
        return grad_x, grad_y
    # the batch dimensions may broadcast: reduce each gradient over the axes it was broadcast on
    from scopecli.engine.ops.tensor_getitem_override import getitem

    shape_x, shape_y = shape_ops.shape(state, x), shape_ops.shape(state, y)
    rx, ry = gen.op("BroadcastGradientArgs")(state, getitem(shape_x, slice(None, -2)),
                                             getitem(shape_y, slice(None, -2)))
    grad_x = shape_ops.reshape(state, red.reduce_sum(state, grad_x, rx), shape_x)
    grad_y = shape_ops.reshape(state, red.reduce_sum(state, grad_y, ry), shape_y)
    return grad_x, grad_y


@gradient("Prod")
def _prod_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """_ProdGrad: the reduced axes moved to the front and flattened, the product of all other
    elements as exclusive cumprods from the left and the right, moved back and reshaped."""
    from scopecli.engine.ops.array_fill_ops import range_
    from scopecli.engine.ops.array_join_ops import gather
    from scopecli.engine.ops.array_shape_ops import rank, transpose
    from scopecli.engine.ops.manip_ops import cumprod
    from scopecli.engine.ops.reduction_ops import reduce_prod

    input_shape = shape_ops.shape(state, op._inputs[0])
    reduction_indices = shape_ops.reshape(state, op._inputs[1], [-1])
    if not op.attrs["keep_dims"]:
        grad = shape_ops.reshape(state, grad, dynamic_reduced_shape(state, input_shape, op._inputs[1]))
    grad = gen.op("BroadcastTo")(state, grad, input_shape)
    input_rank = rank(state, op._inputs[0])
    reduction_indices = m.cast(state, reduction_indices, input_rank._dtype)
    reduced = (reduction_indices + input_rank) % input_rank
    idx = range_(state, 0, input_rank)
    other, _ = gen.op("ListDiff")(state, idx, reduced, out_idx=reduced._dtype)
    perm = join.concat(state, [reduced, other], 0)
    reduced_num = reduce_prod(state, gather(state, input_shape, reduced))
    other_num = reduce_prod(state, gather(state, input_shape, other))
    permuted = transpose(state, op._inputs[0], perm)
    dims, axes = shape_tuple(op._inputs[0]), constant_ints(op._inputs[1])
    if dims is not None and None not in dims and axes is not None:
        # TF's shape inference evaluates the constant perm: the transposed shape is known
        first = [a % len(dims) for a in ([axes] if axes.__class__ is int else axes)]  # type: ignore[union-attr]
        order = first + [i for i in range(len(dims)) if i not in first]
        permuted._shape = permuted._shape.merge_with(TensorShape.known(tuple(dims[i] for i in order)))
    permuted_shape = shape_ops.shape(state, permuted)
    reshaped = shape_ops.reshape(state, permuted, (reduced_num, other_num))
    left = cumprod(state, reshaped, axis=0, exclusive=True)
    right = cumprod(state, reshaped, axis=0, exclusive=True, reverse=True)
    y = shape_ops.reshape(state, left * right, permuted_shape)
    out = grad * transpose(state, y, gen.op("InvertPermutation")(state, perm))
    return shape_ops.reshape(state, out, input_shape), None
