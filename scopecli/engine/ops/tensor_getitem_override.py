"""Indexing a tensor or variable, `x[0]`, `x[:, 1]`, `x[..., None]` (TF's tensor_getitem_override
_slice_helper), and tf.strided_slice with StridedSlice's shape function.

As TF does, `x[0]` converts `x` first, then opens a `strided_slice` scope holding the `stack`,
`stack_1`, `stack_2` Consts of begin, end and strides. Importing this module installs
`__getitem__` on Tensor and on variables, as TF installs _slice_helper on both.
"""

from __future__ import annotations

from scopecli.engine import strided_slice as ss
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor, TensorConvertible
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.op_def import computed, const_value, dt_attr, shape_error
from scopecli.engine.ops import array_join_ops as join
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops.array_fill_ops import ones_like
from scopecli.engine.ops.array_shape_ops import Outputs, _dims, _shape
from scopecli.engine.ops.math_arith_ops import _t
from scopecli.engine.ops.tensor_util import flat_ints
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import tf_type_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:

    from typing import Any

    from scopecli.engine.framework.state import TFState


def _state(value: Any) -> TFState:
    tensor = value if isinstance(value, Tensor) else value.to_tensor()
    return tensor._op._graph.state


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
        stride_list = flat_ints(inputs[3])
        dims = _dims(source._shape)
        if dims is None or stride_list is None or inputs[1]._shape.num_elements() is None:
            return [(dtype, TensorShape(None))]
        shape = [-1 if d is None else d for d in dims]
        # TF's shape refiner first runs the function with only `strides` evaluated, then again
        # with begin/end too: an error names the inputs evaluated by then.
        begin_v, end_v = flat_ints(inputs[1]), flat_ints(inputs[2])
        attempts: list[tuple[list[int] | None, list[int] | None]] = [(None, None)]
        if begin_v is not None and end_v is not None:
            attempts.append((begin_v, end_v))
        final: list[int] = []
        for begin, end in attempts:
            try:
                _, final = ss.validate(shape, begin, end, stride_list, masks)
            except ss.SliceError as error:
                # the values as arrays only for the message (numpy is loaded on this path only)
                known = {3: const_value(inputs[3])}
                if begin is not None:
                    known.update({1: const_value(inputs[1]), 2: const_value(inputs[2])})
                raise shape_error(
                    str(error), name, "StridedSlice", attrs(inputs), inputs, computed(known)  # type: ignore[arg-type]
                ) from None
        return [(dtype, _shape([None if d == -1 else d for d in final]))]

    return infer


@tf_export("strided_slice")
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

# Tensor.__getitem__ and Variable.__getitem__ become `getitem` on the first subscript
# (engine/operators.py), so a run that never subscripts a tensor does not import this module.
