"""tf.linspace (math_ops.linspace_nd: no LinSpace op, a broadcast start and stop spread by a Range
and sliced back), tf.meshgrid (array_ops.meshgrid: reshapes times a `ones` of the grid's size) and
tf.broadcast_dynamic_shape (one BroadcastArgs op), with BroadcastArgs' shape function."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("broadcast_dynamic_shape")
def broadcast_dynamic_shape(state: TFState, shape_x: Any, shape_y: Any) -> Tensor:
    """gen_array_ops.broadcast_args."""
    return gen.op("BroadcastArgs")(state, shape_x, shape_y)


def _convert_to_int_tensor(state: TFState, tensor: Any, name: str) -> Tensor:
    """array_ops.convert_to_int_tensor: an integer tensor, always passed through a Cast to int32
    (gen_math_ops.cast, even from int32)."""
    tensor = convert_to_tensor(state, tensor, name=name, dtype_hint=dtypes.int32)
    if not tensor._dtype.base_dtype.is_integer:
        raise tf_type_error(f"Argument `tensor` (name: {name}) must be of type integer. Received `tensor` = "
                            f"{tensor} of dtype: {tensor._dtype.base_dtype.name}")
    return gen.op("Cast")(state, tensor, DstT=dtypes.int32)


@tf_export("linspace", "lin_space")
def linspace(state: TFState, start: Any, stop: Any, num: Any, name: Any = None, axis: Any = 0) -> Tensor:
    """math_ops.linspace_nd, op for op."""
    from scopecli.engine.ops import array_fill_ops as fill
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_ops, manip_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red

    with name_scope(state, name, "linspace", [start, stop]):
        start = convert_to_tensor(state, start, name="start")
        stop = convert_to_tensor(state, stop, name="stop", dtype=start._dtype.base_dtype)
        num_int = _convert_to_int_tensor(state, num, name="num")
        m.cast(state, num_int, start._dtype.base_dtype)  # `num`, built and unused, as in TF
        broadcast_shape = broadcast_dynamic_shape(state, shape_ops.shape(state, start),
                                                  shape_ops.shape(state, stop))
        start = manip_ops.broadcast_to(state, start, broadcast_shape)
        stop = manip_ops.broadcast_to(state, stop, broadcast_shape)
        expanded_start = shape_ops.expand_dims(state, start, axis=axis)
        expanded_stop = shape_ops.expand_dims(state, stop, axis=axis)
        shape = shape_ops.shape(state, expanded_start)
        ndims = shape_ops.shape(state, shape)[0]
        axis = red.where_v2(state, axis >= 0, axis, ndims + axis)
        num_fill = m.maximum(state, num_int - 2, 0)
        n_steps = m.maximum(state, num_int - 1, 1)
        delta = (expanded_stop - expanded_start) / m.cast(state, n_steps, expanded_stop._dtype.base_dtype)
        expanded_start = m.cast(state, expanded_start, delta._dtype.base_dtype)
        expanded_stop = m.cast(state, expanded_stop, delta._dtype.base_dtype)
        range_end = red.where_v2(state, m.greater_equal(state, num_int, 0), n_steps, -1)
        desired_range = m.cast(state, fill.range_(state, 1, range_end, dtype=dtypes.int64),
                               delta._dtype.base_dtype)
        mask = gen.op("Equal")(state, axis, fill.range_(state, ndims))
        desired_range_shape = red.where_v2(state, mask, num_fill, 1)
        desired_range = shape_ops.reshape(state, desired_range, desired_range_shape)
        res = expanded_start + delta * desired_range
        concatenated = join.concat(state, (expanded_start, res, expanded_stop), axis=axis)
        begin = fill.zeros_like(state, shape)
        size = join.concat(state, (shape[0:axis], shape_ops.reshape(state, num_int, [1]), shape[axis + 1:]),
                           axis=0)
        return array_ops.slice_(state, concatenated, begin, size)


@tf_export("meshgrid")
def meshgrid(state: TFState, *args: Any, **kwargs: Any) -> list[Tensor]:
    """array_ops.meshgrid: each input reshaped to its axis, times ones(sizes) (`xy` swaps the first
    two axes)."""
    from scopecli.engine.ops import array_fill_ops as fill
    from scopecli.engine.ops import array_shape_ops as shape_ops

    indexing = kwargs.pop("indexing", "xy")
    name = kwargs.pop("name", "meshgrid")
    if kwargs:
        raise tf_type_error(f"'{next(iter(kwargs))}' is an invalid keyword argument for this function")
    if indexing not in ("xy", "ij"):
        raise tf_value_error(f"Argument `indexing` parameter must be either 'xy' or 'ij', got '{indexing}'")
    with name_scope(state, name, "meshgrid", list(args)):
        ndim = len(args)
        s0 = (1,) * ndim
        if not ndim:
            return []
        output = []
        for i, x in enumerate(args):
            output.append(shape_ops.reshape(state, _stack_one(state, x), s0[:i] + (-1,) + s0[i + 1:]))
        shapes = [shape_ops.size(state, x) for x in args]
        output_dtype = convert_to_tensor(state, args[0])._dtype.base_dtype
        if indexing == "xy" and ndim > 1:
            output[0] = shape_ops.reshape(state, output[0], (1, -1) + (1,) * (ndim - 2))
            output[1] = shape_ops.reshape(state, output[1], (-1, 1) + (1,) * (ndim - 2))
            shapes[0], shapes[1] = shapes[1], shapes[0]
        mult_fact = fill.ones(state, shapes, output_dtype)
        return [x * mult_fact for x in output]


def _stack_one(state: TFState, x: Any) -> Any:
    """array_ops_stack.stack(x) of one argument: a tensor comes back as is (convert_to_tensor)."""
    from scopecli.engine.ops import array_join_ops as join

    if isinstance(x, (list, tuple)):
        return join.stack(state, x)
    return convert_to_tensor(state, x)


def _broadcast_args_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """BroadcastArgs: a vector as long as the longer shape (unknown when either length is)."""
    lengths = [t._shape.dims_[0] if t._shape.dims_ is not None and len(t._shape.dims_) == 1 else None
               for t in inputs]
    return [TensorShape([None if None in lengths else max(lengths)])]


register_shape("BroadcastArgs", _broadcast_args_shape)
