"""math_ops' reductions: reduce_sum / mean / max / min / prod, the boolean and log-sum-exp ones
(reduce_all / reduce_any / reduce_logsumexp), argmax / argmin and add_n, and tf.where_v2, with
the shape functions of All, Any and SelectV2.

The reductions share `_reduction` (TF's _ReductionDims and _may_reduce_to_scalar), so
`tf.reduce_all(x)` names its axes Const and its op exactly as tf.reduce_sum does.
"""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.common_shapes import broadcast_shapes
from scopecli.engine.framework.graph import Tensor, TensorConvertible
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops.math_arith_ops import _is_variable, _t
from scopecli.engine.ops.math_ops import _reduction_shape
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

register_shape("All", _reduction_shape("All"))
register_shape("Any", _reduction_shape("Any"))


@shape_fn("SelectV2")
def _select_v2_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """SelectV2: condition, then and else broadcast together (BroadcastBinaryOpOutputShapeFn twice)."""
    shape = inputs[1]._shape
    for first, second in ((1, 2), (0, -1)):  # then with else, then the condition with that
        merged = broadcast_shapes(inputs[first]._shape, shape if second < 0 else inputs[second]._shape)
        if isinstance(merged, tuple):
            raise shape_error(f"Dimensions must be equal, but are {merged[0]} and {merged[1]}", node,
                              "SelectV2", attrs, inputs)
        shape = merged
    return [shape]


@shape_fn("Where")
def _where_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """Where: one int64 row of coordinates per true element, (?, rank)."""
    rank = inputs[0]._shape.ndims
    return [TensorShape(None) if rank is None else TensorShape.known((None, rank))]


def _bool_reduction(state: TFState, op_type: str, input_tensor: Any, axis: Any, keepdims: Any, name: Any,
                    reduction_indices: Any, keep_dims: Any) -> Tensor:
    return _reduction(state, op_type, input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


@tf_export("reduce_all", "math.reduce_all")
def reduce_all(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = None, name: Any = None,
               reduction_indices: Any = None, keep_dims: Any = None) -> Tensor:
    """math_ops.reduce_all_v1: gen_math_ops._all over _ReductionDims."""
    return _bool_reduction(state, "All", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


@tf_export("reduce_any", "math.reduce_any")
def reduce_any(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = None, name: Any = None,
               reduction_indices: Any = None, keep_dims: Any = None) -> Tensor:
    """math_ops.reduce_any_v1: gen_math_ops._any over _ReductionDims."""
    return _bool_reduction(state, "Any", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


@tf_export("reduce_logsumexp", "math.reduce_logsumexp")
def reduce_logsumexp(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = None,
                     name: Any = None, reduction_indices: Any = None, keep_dims: Any = None) -> Tensor:
    """math_ops.reduce_logsumexp: log(sum(exp(x - max))) + max, the max zeroed where not finite."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops.math_ops import stop_gradient

    if axis is None:
        axis = reduction_indices
    keep = bool(keepdims if keepdims is not None else (keep_dims or False))
    with name_scope(state, name, "ReduceLogSumExp", [input_tensor]) as scope:
        raw_max = reduce_max(state, input_tensor, axis=axis, keepdims=True)
        finite = output(apply_op(state, "IsFinite", None, x=raw_max))
        selected = output(apply_op(state, "SelectV2", None, condition=finite, t=raw_max, e=0))
        my_max = stop_gradient(state, selected)
        shifted = mu.exp(state, m.subtract(state, input_tensor, my_max))
        summed = reduce_sum(state, shifted, axis=axis, keepdims=keep)
        result = output(apply_op(state, "Log", None, x=summed))
        if not keep:
            shape = output(apply_op(state, "Shape", None, input=result, out_type=dtypes.int32))
            my_max = shape_ops.reshape(state, my_max, shape)
        result = m.add(state, result, my_max, name=scope)
        if not keep and axis is None and not result._shape.is_fully_defined():
            result._shape = TensorShape.known(())  # _may_reduce_to_scalar
        return result


@tf_export("where_v2")
def where_v2(state: TFState, condition: Any, x: Any = None, y: Any = None, name: Any = None) -> Tensor:
    """array_ops.where_v2: the true coordinates (Where) for one argument, else SelectV2, which
    broadcasts its three inputs."""
    if x is None and y is None:
        with name_scope(state, name, "Where", [condition]) as scope:
            condition = convert_to_tensor(state, condition, dtype_hint=dtypes.bool_, name="condition")
            return output(apply_op(state, "Where", scope, input=condition))
    if x is None or y is None:
        from scopecli.errors import tf_value_error

        raise tf_value_error("x and y must both be non-None or both be None.")
    return output(apply_op(state, "SelectV2", name, condition=condition, t=x, e=y))


def _reduction(state: TFState, op_type: str, input_tensor: Any, axis: Any, keepdims: Any, name: Any,
               reduction_indices: Any, keep_dims: Any) -> Tensor:
    if axis is None:
        axis = reduction_indices
    keep = bool(keepdims if keepdims is not None else (keep_dims or False))
    if axis is None:
        # The axes Const holds the same int32 values as TF's np.arange(rank), made without numpy.
        # TF's _ReductionDims tests `if x_rank:`, so a scalar (rank 0) takes the same
        # range(0, rank(x)) path as an unknown rank or a Python value.
        if isinstance(input_tensor, Tensor) and input_tensor._shape.dims_:
            rank = len(input_tensor._shape.dims_)
            axes_tensor: Any = constant(state, list(range(rank)), dtype=dtypes.int32)
        elif _is_variable(input_tensor) and input_tensor.shape.dims_:
            # _ReductionDims reads the variable's static rank; the op converts it in its own
            # scope (a resource variable's read is `Sum/ReadVariableOp`)
            axes_tensor = constant(state, list(range(len(input_tensor.shape.dims_))), dtype=dtypes.int32)
        elif isinstance(input_tensor, Tensor) or _is_variable(input_tensor):
            input_tensor = convert_to_tensor(state, input_tensor)
            rank = input_tensor._shape.ndims
            if rank:
                axes_tensor = constant(state, list(range(rank)), dtype=dtypes.int32)
            else:
                axes_tensor = _rank_range(state, input_tensor)
        else:
            axes_tensor = _rank_range(state, input_tensor)
        result = output(apply_op(state, op_type, name, input=input_tensor, reduction_indices=axes_tensor,
                                 keep_dims=keep))
        if not keep and not result._shape.is_fully_defined():
            result._shape = TensorShape.known(())  # math_ops._may_reduce_to_scalar: all axes, no keepdims
        return result
    if isinstance(axis, (list, tuple)):
        axis = list(axis)
    return output(apply_op(state, op_type, name, input=input_tensor, reduction_indices=axis, keep_dims=keep))


def _rank_range(state: TFState, value: Any) -> Tensor:
    """range(0, rank(x)): ops [Rank/Const for a Python value], Rank, range/start, range/delta,
    range. Rank is a Const when the rank is known (rank_internal's optimize=True), else a Rank op."""
    with name_scope(state, None, "Rank", [value]) as scope:
        tensor = convert_to_tensor(state, value)  # rank_internal: a Const, or `packed` for a list of tensors
        rank = tensor._shape.ndims
        if rank is None:
            rank_t = output(apply_op(state, "Rank", scope, input=tensor))
        else:
            rank_t = constant(state, rank, dtype=dtypes.int32, name=scope)  # TF's np.int32(rank), kept lazy
    with name_scope(state, None, "range", []) as scope:
        start = convert_to_tensor(state, 0, name="start")
        delta = convert_to_tensor(state, 1, name="delta")
        return output(apply_op(state, "Range", scope, start=start, limit=rank_t, delta=delta))


@tf_export("reduce_sum", "math.reduce_sum")
def reduce_sum(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = None, name: Any = None,
               reduction_indices: Any = None, keep_dims: Any = None) -> Tensor:
    return _reduction(state, "Sum", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


@tf_export("reduce_mean", "math.reduce_mean")
def reduce_mean(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = None, name: Any = None,
                reduction_indices: Any = None, keep_dims: Any = None) -> Tensor:
    return _reduction(state, "Mean", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


@tf_export("reduce_max", "math.reduce_max")
def reduce_max(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = None, name: Any = None,
               reduction_indices: Any = None, keep_dims: Any = None) -> Tensor:
    return _reduction(state, "Max", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


@tf_export("reduce_min", "math.reduce_min")
def reduce_min(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = None, name: Any = None,
               reduction_indices: Any = None, keep_dims: Any = None) -> Tensor:
    return _reduction(state, "Min", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


@tf_export("reduce_prod", "math.reduce_prod")
def reduce_prod(
    state: TFState,
    input_tensor: Any,
    axis: Any = None,
    keepdims: Any = None,
    name: Any = None,
    reduction_indices: Any = None,
    keep_dims: Any = None,
) -> Tensor:
    return _reduction(state, "Prod", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


def _arg(op_type: str, check_axis: bool) -> Any:
    def fn(
        state: TFState,
        input: Any,
        axis: Any = None,
        name: Any = None,  # noqa: A002 - TF's name
        dimension: Any = None,
        output_type: Any = dtypes.int64,
    ) -> Tensor:
        if axis is None:
            axis = dimension
        if axis is None:
            axis = 0
        if check_axis and not isinstance(axis, (Tensor, TensorConvertible)) and not isinstance(axis, int):
            raise tf_type_error("axis must be int or Tensor with integer datatype")
        return _t(apply_op(state, op_type, name, input=input, dimension=axis, output_type=output_type))

    return fn


argmax = _arg("ArgMax", True)
tf_export("argmax", "math.argmax")(argmax)


argmin = _arg("ArgMin", False)
tf_export("argmin", "math.argmin")(argmin)


_ADD_N_ERROR = (
    "Inputs must be an iterable of at least one Tensor/IndexedSlices with the same dtype and shape."
)


@tf_export("add_n", "math.add_n")
def add_n(state: TFState, inputs: Any, name: Any = None) -> Tensor:
    if not inputs or not isinstance(inputs, (list, tuple)):
        raise tf_value_error(_ADD_N_ERROR)
    tensors = [convert_to_tensor(state, value) for value in inputs]
    if len(tensors) == 1:
        return shape_ops.identity(state, tensors[0], name=name) if name else tensors[0]
    return _t(apply_op(state, "AddN", name, inputs=tensors))


@tf_export("count_nonzero", "math.count_nonzero")
def count_nonzero(state: TFState, input_tensor: Any = None, axis: Any = None, keepdims: Any = None,
                  dtype: Any = dtypes.int64, name: Any = None, reduction_indices: Any = None,
                  keep_dims: Any = None, input: Any = None) -> Tensor:  # noqa: A002 - TF's name
    """math_ops.count_nonzero (v1) -> count_nonzero_v2: cast(reduce_sum(cast(x != 0, int64)), dtype)."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.array_fill_ops import zeros

    keepdims = keep_dims if keepdims is None else keepdims
    input_tensor = input if input_tensor is None else input_tensor
    axis = reduction_indices if axis is None else axis
    with name_scope(state, name, "count_nonzero", [input_tensor]):
        value = convert_to_tensor(state, input_tensor, name="input")
        if value.dtype.base_dtype == dtypes.bool_:
            predicate = value
        else:
            predicate = m.not_equal(state, value, zeros(state, [], dtype=value.dtype.base_dtype))
        total = reduce_sum(state, m.cast(state, predicate, dtypes.int64), axis=axis, keepdims=bool(keepdims))
        return m.cast(state, total, dtype)
