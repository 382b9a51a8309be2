"""The tf.strings functions graph models name things with (string_ops.py): `join` /
`string_join` (one StringJoin), `as_string` (AsString with its format attrs) and `reduce_join`
(a `ReduceJoin` scope around the ReduceJoin op, every axis in reverse order when none is
given); the shapes of StringJoin, AsString and ReduceJoin (string_ops.cc)."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("strings.join", "string_join")
def string_join(state: TFState, inputs: Any, separator: Any = "", name: Any = None) -> Tensor:
    """gen_string_ops.string_join."""
    return output(apply_op(state, "StringJoin", name, inputs=list(inputs), separator=separator))


@tf_export("as_string", "strings.as_string", "dtypes.as_string")
def as_string(state: TFState, input: Any, precision: Any = -1, scientific: Any = False,  # noqa: A002
              shortest: Any = False, width: Any = -1, fill: Any = "", name: Any = None) -> Tensor:
    """gen_string_ops.as_string: the format is checked when the kernel is built (at run time)."""
    return output(apply_op(state, "AsString", name, input=input, precision=precision, scientific=scientific,
                           shortest=shortest, width=width, fill=fill))


@tf_export("strings.reduce_join", "reduce_join")
def reduce_join(state: TFState, inputs: Any, axis: Any = None, keep_dims: Any = None, separator: Any = "",
                name: Any = None, reduction_indices: Any = None, keepdims: Any = None) -> Tensor:
    """string_ops.reduce_join (v1) -> reduce_join_v2."""
    if keepdims is not None and keep_dims is not None:
        raise tf_value_error("Cannot specify both 'keepdims' and 'keep_dims'")
    keepdims = bool(keep_dims if keepdims is None else keepdims)
    if axis is not None and reduction_indices is not None:
        raise tf_value_error("Cannot specify both 'axis' and 'reduction_indices'")
    axis = reduction_indices if axis is None else axis
    with name_scope(state, None, "ReduceJoin", [inputs, axis]):
        inputs_t = convert_to_tensor(state, inputs)
        if axis is None:
            axis = _all_axes_reversed(state, inputs_t)
        return output(apply_op(state, "ReduceJoin", name, inputs=inputs_t, reduction_indices=axis,
                               keep_dims=keepdims, separator=separator))


def _all_axes_reversed(state: TFState, inputs: Tensor) -> Tensor:
    """_reduce_join_reduction_dims: a constant [n-1 .. 0], else Range(Rank - 1, -1, -1)."""
    from scopecli.engine.framework import dtypes
    from scopecli.engine.ops_core import constant

    rank = None if inputs._shape.dims_ is None else len(inputs._shape.dims_)
    if rank is not None:
        return constant(state, list(range(rank - 1, -1, -1)), dtype=dtypes.int32)
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.array_fill_ops import range_ as range_op
    from scopecli.engine.ops.array_shape_ops import rank as rank_op

    return range_op(state, m.subtract(state, rank_op(state, inputs), 1), -1, -1)


@shape_fn("StringJoin")
def _string_join_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """A scalar when every input is; else the non-scalar inputs' shapes merged."""
    if all(t._shape.dims_ is not None and not t._shape.dims_ for t in inputs):
        return [TensorShape([])]
    out = TensorShape(None)
    for t in inputs:
        if t._shape.dims_:
            if not out.is_compatible_with(t._shape):
                raise shape_error(f"Shapes {out} and {t._shape} are not compatible", node, "StringJoin",
                                  attrs, inputs)
            out = out.merge_with(t._shape)
    return [out]


@shape_fn("AsString")
def _as_string_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [inputs[0]._shape]


@shape_fn("ReduceJoin")
def _reduce_join_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The input's shape without (or with ones at) the constant reduction axes; unknown otherwise."""
    from scopecli.engine.ops.tensor_util import constant_ints

    dims = inputs[0]._shape.dims_
    axes = constant_ints(inputs[1])
    if dims is None or axes is None:
        return [TensorShape(None)]
    rank = len(dims)
    chosen = set()
    for axis in axes:
        if not -rank <= axis < rank:
            raise shape_error(f"Invalid reduction dimension {axis} for input with {rank} dimensions", node,
                              "ReduceJoin", attrs, inputs)
        chosen.add(axis % rank)
    if attrs.get("keep_dims"):
        return [TensorShape([1 if i in chosen else d for i, d in enumerate(dims)])]
    return [TensorShape([d for i, d in enumerate(dims) if i not in chosen])]
