"""What a shape given as a tensor is known to be while building (tensor_util.constant_value_as_shape).

TF's shape refiner (InferenceContext::MakeShapeFromShapeTensor -> ShapeRefiner::ConstantPartialShape)
reads a 1-D shape tensor through the ops that build shapes: `Shape` gives its input's static shape,
`Pack` one dimension per scalar it packs, `ConcatV2` the concatenation of its parts, `StridedSlice`
a slice of a partial shape, `Cast` its input's; anything else is known only when its value is a
constant. So `tf.random_normal(tf.shape(z))` with z of shape (?, 2) has the static shape (?, 2).

The readers of constant integer values (`known_ints`, `flat_ints`, `const_int`, `constant_ints`)
answer without numpy for the small integer subgraphs building meets (axes, perms, shapes, Range
bounds kept as Python ints by constant_op), so building a graph, training graphs included, never
imports numpy; anything else goes to op_def.const_value, which gives the same values.
"""

from __future__ import annotations

from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.op_def import const_value
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor


def constant_ints(tensor: Tensor) -> list[int] | None:
    """The integer values of a constant 1-D or scalar tensor (read without numpy when they are a
    Python list kept by the Const), else None."""
    op = tensor._op
    pending = getattr(op.attrs, "_pending", None) if op._type == "Const" else None
    if pending is not None and pending[3] is None:
        value = pending[1]
        if value.__class__ is int:
            return [value]
        if value.__class__ in (list, tuple) and all(v.__class__ is int for v in value):
            return list(value)
    known = known_ints(tensor)
    if known is NOT_CONSTANT:
        return None
    if known is not None:
        return [known] if known.__class__ is int else known  # type: ignore[no-any-return]
    found = const_value(tensor)
    if found is None or found.ndim > 1 or found.dtype.kind not in "iu":
        return None
    return [int(v) for v in found.reshape(-1)]


def constant_scalar(tensor: Tensor) -> int | None:
    """EvaluateConstantIntScalarEdge: a scalar's value when the refiner can evaluate it, including
    `tf.shape(x)[i]` of a known dimension (op_def.const_value folds that)."""
    known = known_ints(tensor)
    if known.__class__ is int:
        return known  # type: ignore[no-any-return]
    if known is NOT_CONSTANT:
        return None
    if known is not None:
        return known[0] if len(known) == 1 else None  # type: ignore[no-any-return]
    value = const_value(tensor)
    return int(value.reshape(-1)[0]) if value is not None and value.size == 1 else None


def constant_value_as_shape(tensor: Tensor) -> TensorShape:
    """The partial shape a shape tensor (rank 0 with value -1, or rank 1) is known to hold."""
    shape = tensor._shape
    if shape.ndims == 0:
        value = const_value(tensor)
        if value is None:
            raise tf_value_error("Received a scalar with unknown value as shape; require a statically known "
                                 "scalar with value '-1' to describe an unknown shape.")
        if int(value) != -1:
            raise tf_value_error(f"Received a scalar value '{int(value)}' as shape; require a statically "
                                 "known scalar with value '-1' to describe an unknown shape.")
        return TensorShape(None)
    length = shape.dims_[0] if shape.dims_ is not None and len(shape.dims_) == 1 else None
    if length == 0:
        return TensorShape.known(())
    op = tensor._op
    kind = op._type
    if kind == "Shape":
        return op._inputs[0]._shape
    if kind == "Cast":
        before = constant_value_as_shape(op._inputs[0])
        if before.dims_ is None:
            return before
        if op._outputs[0]._dtype.base_dtype.name not in ("int32", "int64"):
            return _unknown_of_rank(length)
        return before
    if kind == "Pack" and op.attrs.get("axis", 0) == 0:
        dims: list[int | None] = []
        for part in op._inputs:
            value = constant_scalar(part)
            dims.append(None if value is None or value < 0 else value)
        return TensorShape.known(tuple(dims))
    if kind == "ConcatV2":
        parts = [constant_value_as_shape(t) for t in op._inputs[:-1]]
        if any(p.dims_ is None for p in parts):
            return _unknown_of_rank(length)
        return TensorShape.known(tuple(d for p in parts for d in p.dims_ or ()))
    if kind == "StridedSlice":
        sliced = _strided_slice(op)
        if sliced is not None:
            return sliced
    listed = _pending_ints(op)
    if listed is not None and len(listed) == length and (not listed or min(listed) >= 0):
        return TensorShape.known(tuple(listed))  # what merging it into `length` unknowns gives
    known = _unknown_of_rank(length)
    if listed is not None:
        return known.merge_with(TensorShape.known(tuple(d if d >= 0 else None for d in listed)))
    listed = known_ints(tensor)
    if listed is NOT_CONSTANT or listed.__class__ is int:
        return known
    if listed is not None:
        return known.merge_with(TensorShape.known(tuple(d if d >= 0 else None for d in listed)))
    value = const_value(tensor)
    if value is not None and value.ndim == 1:
        return known.merge_with(TensorShape.known(tuple(int(d) if d >= 0 else None for d in value)))
    return known


def _pending_ints(op: Any) -> list[int] | None:
    """The ints of a Const made from a flat Python list whose array is not built yet: read without
    numpy, so a scenario that computes no value never imports it (ops_core.PendingConstAttrs)."""
    pending = getattr(op.attrs, "_pending", None) if op._type == "Const" else None
    if pending is None or pending[3] is not None or pending[1].__class__ not in (list, tuple):
        return None
    values = pending[1]
    if all(v.__class__ is int for v in values):
        return list(values)
    return None


def pending_int_scalar(tensor: Any) -> int | None:
    """The value of an integer scalar Const made from a Python int whose array is not built yet
    (read without numpy, as `_pending_ints` reads a list); None for anything else."""
    op = tensor._op
    pending = getattr(op.attrs, "_pending", None) if op._type == "Const" else None
    if pending is None or pending[3] is not None or pending[1].__class__ is not int:
        return None
    return pending[1] if tensor._dtype.base_dtype.is_integer else None


def _unknown_of_rank(rank: int | None) -> TensorShape:
    return TensorShape(None) if rank is None else TensorShape.known((None,) * rank)


def _strided_slice(op: Any) -> TensorShape | None:
    """A 1-D slice `[begin:end:stride]` of a partial shape (only the simple masks, as TF)."""
    attrs = op.attrs
    if attrs["ellipsis_mask"] or attrs["new_axis_mask"] or attrs["shrink_axis_mask"] or \
            attrs["begin_mask"] not in (0, 1) or attrs["end_mask"] not in (0, 1):
        return None
    firsts = [_first_int(t) for t in op._inputs[1:4]]
    if None in firsts:
        return None
    begin = None if attrs["begin_mask"] == 1 else firsts[0]
    end = None if attrs["end_mask"] == 1 else firsts[1]
    stride = firsts[2]
    if stride == 0:
        return None
    before = constant_value_as_shape(op._inputs[0])
    if before.dims_ is None:
        return None
    return TensorShape.known(tuple(before.dims_[begin:end:stride]))


def _first_int(tensor: Any) -> int | None:
    """The first element of a constant 1-D int tensor, read without numpy when it can be."""
    values = flat_ints(tensor)
    return values[0] if values else None


class _NotConstant:
    """`known_ints`' answer for a tensor its numpy twin surely gives no value for."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_CONSTANT"


NOT_CONSTANT: Any = _NotConstant()
_INT32_MIN, _INT32_MAX = -(2**31), 2**31 - 1

# The op types op_def.const_value reads (every other op type has no value for it), and the ones
# math_grad.constant_value reads (`shapes`).
_CONST_VALUE_TYPES = frozenset(("Const", "Cast", "Identity", "Squeeze", "Rank", "Range", "Pack", "ConcatV2",
                                "StridedSlice", "Max", "Min", "Sum", "Prod", "Maximum", "Minimum", "AddV2",
                                "Sub", "Mul", "FloorDiv", "FloorMod", "Fill", "ExpandDims", "Reshape",
                                "SelectV2", "Equal", "GreaterEqual", "BroadcastArgs"))
_CONSTANT_VALUE_TYPES = frozenset(("Const", "Shape", "Size", "Rank", "Range", "Identity", "StopGradient",
                                   "Cast"))


def known_ints(tensor: Any, shapes: bool = False) -> Any:
    """The value of a small integer constant subgraph worked out without numpy: a Python int for
    a scalar, a list of ints for a 1-D tensor, NOT_CONSTANT when the numpy twin surely has no
    value for it, or None when this cannot tell (the caller then asks the twin).

    The twin is op_def.const_value, or math_grad.constant_value with `shapes`; wherever this
    gives a value, the twin gives the same one. Read here: pending int Consts (not yet made
    arrays), Identity, ConcatV2 of 1-D parts, Pack of scalars, Range, an int-to-int Cast, Rank of a
    known rank; with `shapes` Shape and Size of a fully known shape and StopGradient, but not
    ConcatV2 or Pack, which that twin never reads."""
    op = tensor._op
    kind = op._type
    if kind not in (_CONSTANT_VALUE_TYPES if shapes else _CONST_VALUE_TYPES):
        return NOT_CONSTANT
    if kind == "Const":
        pending = getattr(op.attrs, "_pending", None)
        if pending is None or pending[3] is not None or not tensor._dtype.base_dtype.is_integer:
            return None
        value = pending[1]
        if value.__class__ is int:
            return value
        if value.__class__ in (list, tuple) and all(v.__class__ is int for v in value):
            return list(value)
        return None
    if kind == "Rank":
        dims = op._inputs[0]._shape.dims_
        return NOT_CONSTANT if dims is None else len(dims)
    if shapes and kind in ("Shape", "Size"):
        dims = op._inputs[0]._shape.dims_
        if dims is None or None in dims:
            return NOT_CONSTANT
        if not tensor._dtype.base_dtype.is_integer:
            return None
        wide = tensor._dtype.base_dtype.name == "int64"
        if kind == "Shape":
            return list(dims) if wide or all(d <= _INT32_MAX for d in dims) else None
        count = 1
        for d in dims:
            count *= d
        return count if wide or count <= _INT32_MAX else None
    if kind == "Pack" and op.attrs.get("axis", 0) != 0:
        return NOT_CONSTANT
    if kind == "StridedSlice":
        if op._inputs[0]._op._type == "Shape":
            return _shape_item(op)
        return _sliced_ints(op, shapes)  # the twin also slices constants (EvaluateConstantTensor)
    # every other kind needs all its inputs known (Squeeze and the integer folds are then left
    # to the twin)
    parts = [known_ints(t, shapes) for t in op._inputs]
    if any(p is NOT_CONSTANT for p in parts):
        return NOT_CONSTANT
    if None in parts or not tensor._dtype.base_dtype.is_integer:
        return None
    if kind in ("Identity", "StopGradient"):
        return parts[0]
    if kind == "ConcatV2":
        if parts[-1].__class__ is not int or not all(p.__class__ is list for p in parts[:-1]):
            return None
        return [v for p in parts[:-1] for v in p]
    if kind == "Pack":
        return parts if all(p.__class__ is int for p in parts) else None
    if kind == "Range":
        if not all(b.__class__ is int for b in parts) or parts[2] == 0:
            return None
        values = list(range(*parts))
        return values if all(_INT32_MIN <= v <= _INT32_MAX for v in values[:1] + values[-1:]) else None
    if kind in _ARITHMETIC:
        if tensor._dtype.base_dtype.name not in ("int32", "int64"):
            return None
        return _fold(_ARITHMETIC[kind], parts[0], parts[1])
    if kind == "Cast":
        value = parts[0]
        if tensor._dtype.base_dtype.name not in ("int32", "int64"):
            return None
        listed = [value] if value.__class__ is int else value
        return value if all(_INT32_MIN <= v <= _INT32_MAX for v in listed) else None
    return None


# const_value's integer folds of two operands, elementwise with numpy's broadcasting of a scalar
_ARITHMETIC: dict[str, Any] = {"AddV2": int.__add__, "Sub": int.__sub__, "Mul": int.__mul__, "Maximum": max,
                               "Minimum": min, "FloorDiv": int.__floordiv__, "FloorMod": int.__mod__}


def _fold(fn: Any, a: Any, b: Any) -> Any:
    """fn over ints or equally long int lists (a scalar broadcast); None when numpy would raise
    or the int32 result could wrap (the twin then decides)."""
    if fn in (int.__floordiv__, int.__mod__) and 0 in (b if b.__class__ is list else [b]):
        return None  # a zero divisor: the twin decides (the kernel fails, so no value)
    if a.__class__ is int and b.__class__ is int:
        out: Any = fn(a, b)
        return out if _INT32_MIN <= out <= _INT32_MAX else None
    if a.__class__ is int:
        a = [a] * len(b)
    elif b.__class__ is int:
        b = [b] * len(a)
    elif len(a) != len(b):
        return None
    out = [fn(x, y) for x, y in zip(a, b, strict=True)]
    return out if all(_INT32_MIN <= v <= _INT32_MAX for v in out) else None


def _shape_item(op: Any) -> Any:
    """const_value's `tf.shape(x)[i]` of a known dimension (a StridedSlice of a Shape)."""
    begin = known_ints(op._inputs[1])
    if begin is None or begin is NOT_CONSTANT:
        return begin
    attrs = op.attrs
    dims = op._inputs[0]._op._inputs[0]._shape.dims_
    if attrs["shrink_axis_mask"] != 1 or attrs["new_axis_mask"] or attrs["ellipsis_mask"] or dims is None:
        return NOT_CONSTANT
    if begin.__class__ is list:
        if len(begin) != 1:
            return NOT_CONSTANT
        begin = begin[0]
    if not -len(dims) <= begin < len(dims) or dims[begin] is None:
        return NOT_CONSTANT
    out = op._outputs[0]._dtype.base_dtype.name
    return dims[begin] if out == "int64" or (out == "int32" and dims[begin] <= _INT32_MAX) else None


def _sliced_ints(op: Any, shapes: bool) -> Any:
    """const_value's StridedSlice of a known 1-D int list by one begin/end/stride (None: ask the twin)."""
    value = known_ints(op._inputs[0], shapes)
    if value is NOT_CONSTANT:
        return NOT_CONSTANT
    parts = [known_ints(t, shapes) for t in op._inputs[1:4]]
    attrs = op.attrs
    if value.__class__ is not list or not all(p.__class__ is list and len(p) == 1 for p in parts):
        return None
    if attrs["ellipsis_mask"] or attrs["new_axis_mask"] or not op._outputs[0]._dtype.base_dtype.is_integer:
        return None
    begin, end, stride = (p[0] for p in parts)
    if stride == 0:
        return None
    if attrs["shrink_axis_mask"] & 1:
        return value[begin] if -len(value) <= begin < len(value) else None
    start = None if attrs["begin_mask"] & 1 else begin
    return value[slice(start, None if attrs["end_mask"] & 1 else end, stride)]


def flat_ints(tensor: Any) -> list[int] | None:
    """`[int(v) for v in const_value(tensor).reshape(-1)]`, or None when const_value knows no
    value: read without numpy when `known_ints` knows it."""
    value = known_ints(tensor)
    if value is NOT_CONSTANT:
        return None
    if value is not None:
        return [value] if value.__class__ is int else value  # type: ignore[no-any-return]
    found = const_value(tensor)
    return None if found is None else [int(v) for v in found.reshape(-1)]


def const_int(tensor: Any) -> int | None:
    """`int(const_value(tensor))`, or None when const_value knows no value: without numpy when
    `known_ints` knows the scalar."""
    value = known_ints(tensor)
    if value.__class__ is int:
        return value  # type: ignore[no-any-return]
    if value is NOT_CONSTANT:
        return None
    found = const_value(tensor)
    return None if found is None else int(found)
