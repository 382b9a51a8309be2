"""array_ops' joining, gathering and selecting functions: concat, stack, tile, gather, one_hot
and where (v1), with the shape functions of ConcatV2, Pack, Tile, GatherV2, OneHot and Select
(TF's C++ ones, errors included).
"""

from __future__ import annotations

from scopecli.engine.framework import common_shapes as sf
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.op_def import computed, const_value, dt_attr, shape_error
from scopecli.engine.ops.array_shape_ops import Outputs, _dims, _shape, _shapes_of, identity
from scopecli.engine.ops.math_arith_ops import _t
from scopecli.engine.ops.tensor_util import (
    NOT_CONSTANT,
    constant_ints,
    flat_ints,
    known_ints,
    pending_int_scalar,
)
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, ScenarioError, tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


@tf_export("concat")
def concat(state: TFState, values: Any, axis: Any, name: str = "concat") -> Tensor:
    if not isinstance(values, (list, tuple)):
        values = [values]
    if len(values) == 1:
        with _scope(state, name, "concat", []):
            convert_to_tensor(state, axis, dtypes.int32, name="concat_dim")
            # identity(values[0], name=name) inside the scope `name`: `concat/concat`
            return identity(state, values[0], name=name)
    return _t(apply_op(state, "ConcatV2", name, values=list(values), axis=axis))


def _concat_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    axis = constant_ints(inputs[-1])
    return [shape for _, shape in sf.concat(axis[0] if axis else None)(node, inputs)]


@tf_export("stack")
def stack(state: TFState, values: Any, axis: int = 0, name: str = "stack") -> Tensor:
    if not isinstance(values, (list, tuple)):
        if axis == 0:
            # convert_to_tensor(values) first, as TF does: a tensor comes back as is, a TensorShape
            # through its conversion function (a Const named `name`)
            try:
                return convert_to_tensor(state, values, name=name)
            except ScenarioError as error:
                if error.type_name not in ("TypeError", "ValueError"):
                    raise
        values = [values]
    if axis == 0:
        # array_ops_stack.stack: first try converting the list (a Const, or an autopacked Pack
        # named `name`); on failure that name is used up and Pack below becomes "stack_1".
        try:
            return convert_to_tensor(state, list(values), name=name)
        except ScenarioError as error:
            if error.type_name not in ("TypeError", "ValueError"):
                raise
    # value_shape = convert_to_tensor(values[0], name=name): a Python first value becomes a Const
    # named `name` (uniquified) before the Pack, as in TF.
    first = convert_to_tensor(state, values[0], name=name)._shape.dims_
    if first is not None and not -(len(first) + 1) <= int(axis) < len(first) + 1:
        raise tf_value_error(f"Argument `axis` = {axis} not in range [{-len(first) - 1}, {len(first) + 1})")
    return _t(apply_op(state, "Pack", name, values=list(values), axis=int(axis)))


register_shape("ConcatV2", _concat_shape)


register_shape("Pack", lambda node, inputs, attrs: [s for _, s in sf.pack(attrs["axis"])(node, inputs)])


@tf_export("tile")
def tile(state: TFState, input: Any, multiples: Any, name: Any = None) -> Tensor:  # noqa: A002 - TF's name
    return _t(apply_op(state, "Tile", name, input=input, multiples=multiples))


def _tile_infer(node: str, inputs: list[Tensor]) -> Outputs:
    source, mult_t = inputs
    dtype = source._dtype.base_dtype
    attrs = f"T={dt_attr(source._dtype)}, Tmultiples={dt_attr(mult_t._dtype)}"
    dims = _dims(source._shape)
    mult_dims = _dims(mult_t._shape)
    count = mult_dims[0] if mult_dims is not None and len(mult_dims) == 1 else None
    if dims is not None and count is not None and count != len(dims):
        raise shape_error(
            f"Shape must be rank {len(dims)} but is rank {count}", node, "Tile", attrs, inputs
        )
    rank = len(dims) if dims is not None else count
    if rank is None:
        return [(dtype, TensorShape(None))]
    dims = dims if dims is not None else [None] * rank
    value = flat_ints(mult_t)
    times: list[int | None] = value if value is not None else [None] * rank  # type: ignore[assignment]
    if value is None:
        # TileShape reads multiples with MakeShapeFromShapeTensor: a Pack's known items count
        # (metrics' tile(thresholds, stack([1, shape(x)[0]])) is [n, ?])
        from scopecli.engine.ops.nn_conv_shapes import shape_from_tensor

        known = shape_from_tensor(mult_t).dims_
        if known is not None and len(known) == rank:
            times = list(known)
    return [
        (
            dtype,
            _shape([None if d is None or t is None else d * t for d, t in zip(dims, times, strict=True)]),
        )
    ]


register_shape("Tile", _shapes_of(_tile_infer))


@tf_export("gather")
def gather(
    state: TFState,
    params: Any,
    indices: Any,
    validate_indices: Any = None,
    name: Any = None,
    axis: Any = None,
    batch_dims: int = 0,
) -> Tensor:
    if axis is None:
        axis = batch_dims
    if batch_dims:
        raise InputError("tf.gather with batch_dims is not supported by scopecli yet")

    return _t(apply_op(state, "GatherV2", name, params=params, indices=indices, axis=axis, batch_dims=0))


def _gather_infer(node: str, inputs: list[Tensor]) -> Outputs:
    source, index_t, axis_t = inputs
    dtype = source._dtype.base_dtype
    attrs = (
        f"Taxis={dt_attr(axis_t._dtype)}, Tindices={dt_attr(index_t._dtype)}, "
        f"Tparams={dt_attr(source._dtype)}, batch_dims=0"
    )
    dims = _dims(source._shape)
    if dims is not None and len(dims) < 1:
        raise shape_error("Shape must be at least rank 1 but is rank 0", node, "GatherV2", attrs, inputs)
    index_dims = _dims(index_t._shape)
    at = pending_int_scalar(axis_t)  # a Python int axis: no numpy needed
    if at is None:
        value = const_value(axis_t)
        at = None if value is None else int(value.reshape(-1)[0])
    if at is None or dims is None or index_dims is None:
        return [(dtype, TensorShape(None))]
    need = -at if at < 0 else at + 1
    if len(dims) < need:
        raise shape_error(
            f"Shape must be at least rank {need} but is rank {len(dims)}",
            node,
            "GatherV2",
            attrs,
            inputs,
            computed({2: const_value(axis_t)}),
        )
    at = at + len(dims) if at < 0 else at
    return [(dtype, _shape([*dims[:at], *index_dims, *dims[at + 1 :]]))]


register_shape("GatherV2", _shapes_of(_gather_infer))


@tf_export("one_hot")
def one_hot(
    state: TFState,
    indices: Any,
    depth: Any,
    on_value: Any = None,
    off_value: Any = None,
    axis: Any = None,
    dtype: Any = None,
    name: Any = None,
) -> Tensor:
    with _scope(state, name, "one_hot", [indices, depth, on_value, off_value, axis, dtype]) as scope:
        want = dtypes.as_dtype(dtype).base_dtype if dtype is not None else None
        on_t = convert_to_tensor(state, on_value, dtype_hint=want) if on_value is not None else None
        off_t = convert_to_tensor(state, off_value, dtype_hint=want) if off_value is not None else None
        on_dtype = on_t._dtype.base_dtype if on_t is not None else None
        off_dtype = off_t._dtype.base_dtype if off_t is not None else None
        if on_t is not None or off_t is not None:
            if want is not None:
                if on_t is not None and on_dtype is not want:
                    raise tf_type_error(f"dtype {on_dtype} of on_value does not match dtype parameter {want}")
                if off_t is not None and off_dtype is not want:
                    raise tf_type_error(
                        f"dtype {off_dtype} of off_value does not match dtype parameter {want}"
                    )
            else:
                want = on_dtype if on_t is not None else off_dtype
        elif want is None:
            want = dtypes.float32
        assert want is not None
        if on_t is None:
            on_t, on_dtype = convert_to_tensor(state, 1, want, name="on_value"), want
        if off_t is None:
            off_t, off_dtype = convert_to_tensor(state, 0, want, name="off_value"), want
        if on_dtype is not off_dtype:
            raise tf_type_error(f"dtype {on_dtype} of on_value does not match dtype {off_dtype} of off_value")
        at = -1 if axis is None else int(axis)

        return _t(apply_op(state, "OneHot", scope, indices=indices, depth=depth, on_value=on_t,
                               off_value=off_t, axis=at))


def _one_hot_infer(node: str, inputs: list[Tensor], at: int) -> Outputs:
    index_t, depth_t = inputs[0], inputs[1]
    out = inputs[2]._dtype.base_dtype
    dims = _dims(index_t._shape)
    known = known_ints(depth_t)  # a Python int depth: no numpy needed
    value = None if known is NOT_CONSTANT or (known.__class__ is int and known >= 0) else const_value(depth_t)
    attrs = f"T={dt_attr(out)}, TI={dt_attr(index_t._dtype)}, axis={at}"
    if at < -1:
        raise shape_error(f"axis must be >= -1, but got {at}", node, "OneHot", attrs, inputs)
    if dims is None:
        return [(out, TensorShape(None))]
    depth_v = int(value.reshape(-1)[0]) if value is not None else known if known.__class__ is int else None
    if depth_v is not None and depth_v < 0:
        raise shape_error(
            f"Dimension size, given by scalar input 1, must be non-negative but is {depth_v}",
            node,
            "OneHot",
            attrs,
            inputs,
            computed({1: value}),
        )  # type: ignore[dict-item]
    where_ = len(dims) if at == -1 else at
    return [(out, _shape([*dims[:where_], depth_v, *dims[where_:]]))]


def _one_hot_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [shape for _, shape in _one_hot_infer(node, inputs, attrs["axis"])]


register_shape("OneHot", _one_hot_shape)

@tf_export("where")
def where(state: TFState, condition: Any, x: Any = None, y: Any = None, name: Any = None) -> Tensor:
    """array_ops.where (v1): Select for three arguments, Where (the true coordinates) for one."""
    if x is None and y is None:
        with _scope(state, name, "Where", [condition]) as scope:
            cond = convert_to_tensor(state, condition, dtype_hint=dtypes.bool_, name="condition")
            return _t(apply_op(state, "Where", scope, input=cond))
    if x is None or y is None:
        raise tf_value_error("x and y must both be non-None or both be None.")
    return _t(apply_op(state, "Select", name, condition=condition, t=x, e=y))


def _select_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [shape for _, shape in _select_infer(node, inputs)]


def _select_infer(node: str, inputs: list[Tensor]) -> Outputs:
    cond, then, other = inputs
    dtype = then._dtype.base_dtype
    attrs = f"T={dt_attr(then._dtype)}"
    if not then._shape.is_compatible_with(other._shape):
        raise shape_error(sf.merge_error(then._shape, other._shape), node, "Select", attrs, inputs)
    data = then._shape.merge_with(other._shape)
    cond_dims, data_dims = _dims(cond._shape), _dims(data)
    if cond_dims is None or data_dims is None or len(cond_dims) == 0 or len(cond_dims) == len(data_dims):
        if cond_dims is not None and data_dims is not None and len(cond_dims) == len(data_dims):
            if not cond._shape.is_compatible_with(data):
                raise shape_error(sf.merge_error(cond._shape, data), node, "Select", attrs, inputs)
            data = data.merge_with(cond._shape)
        return [(dtype, data)]
    if len(cond_dims) != 1:
        raise shape_error(f"Shape must be rank 1 but is rank {len(cond_dims)}", node, "Select", attrs, inputs)
    first = data_dims[0] if data_dims else None
    if cond_dims[0] is not None and first is not None and cond_dims[0] != first:
        # Merge(cond, Vector(Dim(data, 0))): the merge's message, the two vectors quoted
        message = sf.merge_error(cond._shape, TensorShape.known((first,)))
        raise shape_error(message, node, "Select", attrs, inputs)
    return [(dtype, data)]


register_shape("Select", _select_shape)
