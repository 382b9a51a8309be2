"""What a shape given as a tensor is known to be while building (tensor_util.constant_value_as_shape).

TF's shape refiner (InferenceContext::MakeShapeFromShapeTensor -> ShapeRefiner::ConstantPartialShape)
reads a 1-D shape tensor through the ops that build shapes: `Shape` gives its input's static shape,
`Pack` one dimension per scalar it packs, `ConcatV2` the concatenation of its parts, `StridedSlice`
a slice of a partial shape, `Cast` its input's; anything else is known only when its value is a
constant. So `tf.random_normal(tf.shape(z))` with z of shape (?, 2) has the static shape (?, 2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.op_def import const_value
from scopecli.errors import tf_value_error

if TYPE_CHECKING:
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
    found = const_value(tensor)
    if found is None or found.ndim > 1 or found.dtype.kind not in "iu":
        return None
    return [int(v) for v in found.reshape(-1)]


def constant_scalar(tensor: Tensor) -> int | None:
    """EvaluateConstantIntScalarEdge: a scalar's value when the refiner can evaluate it, including
    `tf.shape(x)[i]` of a known dimension (op_def.const_value folds that)."""
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
    known = _unknown_of_rank(length)
    listed = _pending_ints(op)
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
    begin_v, end_v, strides_v = (const_value(t) for t in op._inputs[1:4])
    if begin_v is None or end_v is None or strides_v is None or begin_v.size < 1:
        return None
    attrs = op.attrs
    if attrs["ellipsis_mask"] or attrs["new_axis_mask"] or attrs["shrink_axis_mask"] or \
            attrs["begin_mask"] not in (0, 1) or attrs["end_mask"] not in (0, 1):
        return None
    begin = None if attrs["begin_mask"] == 1 else int(begin_v.reshape(-1)[0])
    end = None if attrs["end_mask"] == 1 else int(end_v.reshape(-1)[0])
    stride = int(strides_v.reshape(-1)[0])
    if stride == 0:
        return None
    before = constant_value_as_shape(op._inputs[0])
    if before.dims_ is None:
        return None
    return TensorShape.known(tuple(before.dims_[begin:end:stride]))
