"""More `tf.*` array functions (array_ops.py, tensor_getitem_override.py) with TF's naming.

As in math_ops, each function follows TF's Python wrapper, which decides the names: `x[0]`
converts `x` first, then opens a `strided_slice` scope holding the `stack`, `stack_1`, `stack_2`
Consts; `tf.transpose` makes its `perm` Const inside `transpose`; `tf.zeros_like` of a fully
known shape is a single Const while `tf.ones_like` is always a Fill. Shape functions follow TF's
C++ ones, errors included (see op_def.shape_error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine import strided_slice as ss
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor, TensorConvertible
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.op_def import computed, const_value, dt_attr, shape_error
from scopecli.engine.ops import array_fill_ops as fill_ops
from scopecli.engine.ops import array_join_ops as join
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops.math_arith_ops import _t
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import InputError, tf_type_error, tf_value_error

if TYPE_CHECKING:
    import numpy as np

    from scopecli.engine.framework.state import TFState

Outputs = list[tuple[dtypes.DType, TensorShape]]


def _dims(shape: TensorShape) -> list[int | None] | None:
    return None if shape.dims_ is None else list(shape.dims_)


def _shape(dims: list[int | None] | None) -> TensorShape:
    return TensorShape(None) if dims is None else TensorShape.known(tuple(dims))


def _state(value: Any) -> TFState:
    tensor = value if isinstance(value, Tensor) else value.to_tensor()
    return tensor._op._graph.state


# -- indexing: x[0], x[:, 1], x[..., None] --------------------------------------------------------

_SLICE_TYPE_ERROR = (
    "Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar "
    "tf.int32/tf.int64 tensors are valid indices"
)
_INDEX_DTYPES = ("int16", "int32", "int64")


def _check_index(index: Any) -> None:
    if isinstance(index, int):
        return
    if isinstance(index, (Tensor, TensorConvertible)):
        tensor = index if isinstance(index, Tensor) else index.to_tensor()
        rank = tensor._shape.ndims
        if tensor._dtype.base_dtype.name in _INDEX_DTYPES and rank != 1:
            return
    raise tf_type_error(f"{_SLICE_TYPE_ERROR}, got {index!r}")


def _dtype_of(value: Any) -> str | None:
    if isinstance(value, Tensor):
        return value._dtype.base_dtype.name
    if isinstance(value, TensorConvertible):
        return value.to_tensor()._dtype.base_dtype.name
    return None


def getitem(value: Any, key: Any) -> Tensor:
    """tensor_getitem_override._slice_helper: Tensor.__getitem__ (a variable slices its value)."""
    state = _state(value)
    tensor = convert_to_tensor(state, value)
    if isinstance(key, bool) or _dtype_of(key) == "bool":
        from scopecli.engine.ops.array_ops import boolean_mask  # _slice_helper's boolean branch

        return boolean_mask(state, tensor, key)
    spec = list(key) if isinstance(key, (list, tuple)) else [key]
    begin: list[Any] = []
    end: list[Any] = []
    strides: list[Any] = []
    masks = ss.Masks()
    for index, item in enumerate(spec):
        bit = 1 << index
        if isinstance(item, slice):
            found = [_dtype_of(t) for t in (item.start, item.stop, item.step)]
            wide = (
                "int64"
                if "int64" in found
                else "int32"
                if "int32" in found
                else ("int16" if "int16" in found else None)
            )
            for part, target, default, mask in (
                (item.start, begin, 0, "begin"),
                (item.stop, end, 0, "end"),
                (item.step, strides, 1, ""),
            ):
                if part is not None:
                    _check_index(part)
                    target.append(part)
                    continue
                target.append(default if wide is None else constant(state, default, dtype=wide))
                if mask == "begin":
                    masks.begin |= bit
                elif mask == "end":
                    masks.end |= bit
        elif item is Ellipsis or item is None:
            begin.append(0)
            end.append(0)
            strides.append(1)
            if item is None:
                masks.new_axis |= bit
            else:
                masks.ellipsis |= bit
        else:
            _check_index(item)
            begin.append(item)
            end.append(item + 1)
            narrow = _dtype_of(item) in ("int16", "int64")
            strides.append(constant(state, 1, dtype=_dtype_of(item)) if narrow else 1)
            masks.shrink |= bit
    with _scope(state, None, "strided_slice", [tensor, *begin, *end, *strides]) as scope:
        if begin:
            packed = [join.stack(state, part) for part in (begin, end, strides)]
            names = {t._dtype.base_dtype.name for t in packed}
            if "int64" in names:
                packed = [m.cast(state, t, dtypes.int64) for t in packed]
        else:
            empty = constant(state, [], dtype=dtypes.int32)
            packed = [empty, empty, empty]
        return strided_slice(
            state,
            tensor,
            packed[0],
            packed[1],
            packed[2],
            masks.begin,
            masks.end,
            masks.ellipsis,
            masks.new_axis,
            masks.shrink,
            name=scope,
        )


def _strided_slice_infer(masks: ss.Masks) -> Any:
    def attrs(inputs: list[Tensor]) -> str:
        return (
            f"Index={dt_attr(inputs[1]._dtype)}, T={dt_attr(inputs[0]._dtype)}, begin_mask={masks.begin}, "
            f"ellipsis_mask={masks.ellipsis}, end_mask={masks.end}, new_axis_mask={masks.new_axis}, "
            f"shrink_axis_mask={masks.shrink}"
        )

    def infer(name: str, inputs: list[Tensor]) -> Outputs:
        source = inputs[0]
        dtype = source._dtype.base_dtype
        strides = const_value(inputs[3])
        dims = _dims(source._shape)
        if dims is None or strides is None or inputs[1]._shape.num_elements() is None:
            return [(dtype, TensorShape(None))]
        shape = [-1 if d is None else d for d in dims]
        stride_list = [int(s) for s in strides.reshape(-1)]
        # TF's shape refiner first runs the function with only `strides` evaluated, then again
        # with begin/end too: an error names the inputs evaluated by then.
        begin_v, end_v = const_value(inputs[1]), const_value(inputs[2])
        attempts: list[dict[int, np.ndarray]] = [{3: strides}]
        if begin_v is not None and end_v is not None:
            attempts.append({1: begin_v, 2: end_v, 3: strides})
        final: list[int] = []
        for known in attempts:
            begin = [int(b) for b in known[1].reshape(-1)] if 1 in known else None
            end = [int(e) for e in known[2].reshape(-1)] if 2 in known else None
            try:
                _, final = ss.validate(shape, begin, end, stride_list, masks)
            except ss.SliceError as error:
                raise shape_error(
                    str(error), name, "StridedSlice", attrs(inputs), inputs, computed(known)
                ) from None
        return [(dtype, _shape([None if d == -1 else d for d in final]))]

    return infer


def strided_slice(
    state: TFState,
    input_: Any,
    begin: Any,
    end: Any,
    strides: Any = None,
    begin_mask: int = 0,
    end_mask: int = 0,
    ellipsis_mask: int = 0,
    new_axis_mask: int = 0,
    shrink_axis_mask: int = 0,
    var: Any = None,
    name: Any = None,
) -> Tensor:
    if strides is None:
        strides = ones_like(state, begin)  # array_ops.strided_slice, outside the op's scope
    masks = ss.Masks(
        int(begin_mask), int(end_mask), int(ellipsis_mask), int(new_axis_mask), int(shrink_axis_mask)
    )
    op = apply_op(state, "StridedSlice", name, input=input_, begin=begin, end=end, strides=strides,
                  begin_mask=masks.begin, end_mask=masks.end, ellipsis_mask=masks.ellipsis,
                  new_axis_mask=masks.new_axis, shrink_axis_mask=masks.shrink)
    return _t(op)


def _strided_slice_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    masks = ss.Masks(attrs["begin_mask"], attrs["end_mask"], attrs["ellipsis_mask"], attrs["new_axis_mask"],
                     attrs["shrink_axis_mask"])
    return [shape for _, shape in _strided_slice_infer(masks)(node, inputs)]


register_shape("StridedSlice", _strided_slice_shape)


def _install() -> None:
    """Tensor.__getitem__ and Variable.__getitem__, as TF installs _slice_helper on both."""
    Tensor.__getitem__ = getitem  # type: ignore[attr-defined]
    TensorConvertible.__getitem__ = getitem  # type: ignore[attr-defined]


_install()


# -- shape-changing ops ----------------------------------------------------------------------------


def transpose(
    state: TFState, a: Any, perm: Any = None, name: Any = "transpose", conjugate: bool = False
) -> Tensor:
    with _scope(state, name, "transpose", [a]) as scope:
        if not isinstance(a, (Tensor, TensorConvertible)):
            a = convert_to_tensor(state, a, name="a")
        if perm is None:
            rank = convert_to_tensor(state, a)._shape.ndims
            if rank is None:
                raise InputError("tf.transpose of a tensor of unknown rank is not supported by scopecli yet")
            import numpy as np  # numpy only when needed (here: the perm Const TF makes)

            perm = np.arange(rank - 1, -1, -1, dtype=np.int32)
        return _t(apply_op(state, "Transpose", scope, x=a, perm=perm))


def _shapes_of(infer: Any) -> Any:
    """An (dtype, shape) infer function of the older form as a registry shape function."""
    return lambda node, inputs, attrs: [shape for _, shape in infer(node, inputs)]


def _transpose_infer(name: str, inputs: list[Tensor]) -> Outputs:
    source, perm_t = inputs
    dtype = source._dtype.base_dtype
    attrs = f"T={dt_attr(source._dtype)}, Tperm={dt_attr(perm_t._dtype)}"
    dims = _dims(source._shape)
    perm_dims = _dims(perm_t._shape)
    elems = perm_dims[0] if perm_dims is not None and len(perm_dims) == 1 else None
    perm = const_value(perm_t)
    if dims is None and elems is None:
        return [(dtype, TensorShape(None))]
    rank = len(dims) if dims is not None else elems
    assert rank is not None
    if dims is None and rank < 2:
        return [(dtype, source._shape)]
    if dims is None:
        dims = [None] * rank
    elif len(dims) != rank:
        raise shape_error(
            f"Shape must be rank {rank} but is rank {len(dims)}", name, "Transpose", attrs, inputs
        )
    if elems is not None and elems != rank:
        raise shape_error(f"Dimension must be {rank} but is {elems}", name, "Transpose", attrs, inputs)
    if perm is None:
        return [(dtype, _shape([None] * rank))]
    out: list[int | None] = []
    for index in perm.reshape(-1):
        index = int(index)
        if index >= rank or index < -rank:
            raise shape_error(
                f"perm dim {index} is out of range of input rank {rank}",
                name,
                "Transpose",
                attrs,
                inputs,
                computed({1: perm}),
            )
        out.append(dims[index])
    return [(dtype, _shape(out))]


register_shape("Transpose", _shapes_of(_transpose_infer))


def expand_dims(
    state: TFState,
    input: Any,
    axis: Any = None,
    name: Any = None,  # noqa: A002 - TF's name
    dim: Any = None,
) -> Tensor:
    if axis is None:
        axis = dim
    if axis is None:
        raise tf_value_error("Must specify an axis argument to tf.expand_dims()")

    return _t(apply_op(state, "ExpandDims", name, input=input, dim=axis))


def _expand_dims_infer(node: str, inputs: list[Tensor]) -> Outputs:
    source, dim_t = inputs
    dtype = source._dtype.base_dtype
    value = const_value(dim_t)
    attrs = f"T={dt_attr(source._dtype)}, Tdim={dt_attr(dim_t._dtype)}"
    if value is not None and value.size != 1:
        raise shape_error(
            "'dim' input must be a tensor with a single value",
            node,
            "ExpandDims",
            attrs,
            inputs,
            computed({1: value}),
        )
    dims = _dims(source._shape)
    if value is None or dims is None:
        return [(dtype, TensorShape(None))]
    at, rank = int(value.reshape(-1)[0]), len(dims)
    if at < -rank - 1 or at > rank:
        raise shape_error(
            f"dim {at} not in the interval [{-rank - 1}, {rank}].",
            node,
            "ExpandDims",
            attrs,
            inputs,
            computed({1: value}),
        )
    at = at + rank + 1 if at < 0 else at
    return [(dtype, _shape([*dims[:at], 1, *dims[at:]]))]


register_shape("ExpandDims", _shapes_of(_expand_dims_infer))


def squeeze(
    state: TFState,
    input: Any,
    axis: Any = None,
    name: Any = None,  # noqa: A002 - TF's name
    squeeze_dims: Any = None,
) -> Tensor:
    if axis is None:
        axis = squeeze_dims
    if isinstance(axis, int):
        axis = [axis]
    wanted = [] if axis is None else list(axis)
    if not all(isinstance(a, int) and not isinstance(a, bool) for a in wanted):
        raise InputError("tf.squeeze takes its axis as Python ints in scopecli")

    return _t(apply_op(state, "Squeeze", name, input=input, squeeze_dims=wanted))


def _squeeze_infer(node: str, inputs: list[Tensor], wanted: list[int]) -> Outputs:
    source = inputs[0]
    dtype = source._dtype.base_dtype
    dims = _dims(source._shape)
    attrs = f"T={dt_attr(source._dtype)}, squeeze_dims=[{', '.join(str(a) for a in wanted)}]"
    if dims is None:
        return [(dtype, TensorShape(None))]
    rank = len(dims)
    chosen = []
    for i, a in enumerate(wanted):
        if a < -rank or a >= rank:
            raise shape_error(
                f"squeeze_dims[{i}] not in [{-rank},{rank}).", node, "Squeeze", attrs, inputs
            )
        chosen.append(a + rank if a < 0 else a)
    out: list[int | None] = []
    for i, d in enumerate(dims):
        explicit = i in chosen
        if d is None:
            if explicit:
                continue
            if not wanted:
                return [(dtype, TensorShape(None))]
        elif d == 1:
            if explicit or not wanted:
                continue
        elif explicit:
            raise shape_error(
                f"Can not squeeze dim[{i}], expected a dimension of 1, got {d}",
                node,
                "Squeeze",
                attrs,
                inputs,
            )
        out.append(d)
    return [(dtype, _shape(out))]


register_shape("Squeeze", lambda node, inputs, attrs: [s for _, s in _squeeze_infer(node, inputs,
                                                                                     list(attrs["squeeze_dims"]))])


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
    value = const_value(mult_t)
    times: list[int | None] = [int(v) for v in value.reshape(-1)] if value is not None else [None] * rank
    return [
        (
            dtype,
            _shape([None if d is None or t is None else d * t for d, t in zip(dims, times, strict=True)]),
        )
    ]


register_shape("Tile", _shapes_of(_tile_infer))


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
    value = const_value(axis_t)
    if value is None or dims is None or index_dims is None:
        return [(dtype, TensorShape(None))]
    at = int(value.reshape(-1)[0])
    need = -at if at < 0 else at + 1
    if len(dims) < need:
        raise shape_error(
            f"Shape must be at least rank {need} but is rank {len(dims)}",
            node,
            "GatherV2",
            attrs,
            inputs,
            computed({2: value}),
        )
    at = at + len(dims) if at < 0 else at
    return [(dtype, _shape([*dims[:at], *index_dims, *dims[at + 1 :]]))]


register_shape("GatherV2", _shapes_of(_gather_infer))


# -- *_like, size, rank -------------------------------------------------------------------------------


def zeros_like(
    state: TFState, tensor: Any, dtype: Any = None, name: Any = None, optimize: bool = True
) -> Tensor:
    with _scope(state, name, "zeros_like", [tensor]) as scope:
        if not isinstance(tensor, (Tensor, TensorConvertible)):
            tensor = convert_to_tensor(state, tensor, name="tensor")
        source = convert_to_tensor(state, tensor)
        target = dtypes.as_dtype(dtype).base_dtype if dtype is not None else source._dtype.base_dtype
        if optimize and source._shape.is_fully_defined():
            return fill_ops.zeros(state, source._shape, dtype=target, name=scope)
        if target is not source._dtype.base_dtype:
            # Fill's shape function reads the known dims back out of the Shape op.
            result = fill_ops.zeros(state, shape(state, source), dtype=target, name=scope)
            result._shape = result._shape.merge_with(source._shape)
            return result
        return _t(apply_op(state, "ZerosLike", scope, x=source))


def ones_like(
    state: TFState, tensor: Any, dtype: Any = None, name: Any = None, optimize: bool = True
) -> Tensor:
    with _scope(state, name, "ones_like", [tensor]) as scope:
        source = convert_to_tensor(state, tensor, name="tensor")
        shape_t = shape(state, source)
        target = dtypes.as_dtype(dtype).base_dtype if dtype is not None else source._dtype.base_dtype
        result = fill_ops.ones(state, shape_t, dtype=target, name=scope)
        result._shape = result._shape.merge_with(source._shape)
        return result


def shape(state: TFState, source: Tensor) -> Tensor:
    """array_ops.shape_internal without out_type: a `Shape/shape_as_tensor` Const when known."""
    with _scope(state, None, "Shape", [source]) as scope:
        if source._shape.is_fully_defined():
            import numpy as np  # numpy only when needed (here: the shape Const TF makes)

            dims = np.array(source._shape.dims_, dtype=np.int32)
            return constant(state, dims, name="shape_as_tensor")
        return shape_ops.shape(state, source, name=scope)


def size(state: TFState, input: Any, name: Any = None, out_type: Any = dtypes.int32) -> Tensor:  # noqa: A002
    out = dtypes.as_dtype(out_type).base_dtype
    with _scope(state, name, "Size", [input]) as scope:
        source = convert_to_tensor(state, input)
        known = source._shape
        if known.is_fully_defined():
            return constant(state, known.num_elements(), dtype=out, name=scope)
        if known.dims_ is not None and 0 in known.dims_:
            return constant(state, 0, dtype=out, name=scope)
        return _t(apply_op(state, "Size", scope, input=source, out_type=out))


def rank(state: TFState, input: Any, name: Any = None) -> Tensor:  # noqa: A002 - TF's name
    with _scope(state, name, "Rank", [input]) as scope:
        source = convert_to_tensor(state, input)
        if source._shape.ndims is not None:
            return constant(state, source._shape.ndims, dtype=dtypes.int32, name=scope)
        return _t(apply_op(state, "Rank", scope, input=source))


def _scalar(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [TensorShape.known(())]


register_shape("ZerosLike", lambda node, inputs, attrs: [inputs[0]._shape])
register_shape("Size", _scalar)
register_shape("Rank", _scalar)
