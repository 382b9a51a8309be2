"""array_ops' generated tensors: zeros, ones, fill, zeros_like, ones_like (a Const while small
or fully known, else Fill/ZerosLike, as TF decides) and range, with the shape functions of Fill,
ZerosLike and Range (and the Range kernel's message helpers).
"""

from __future__ import annotations

import math

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor, TensorConvertible
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.op_def import computed, const_value, dt_attr, shape_error
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops.array_shape_ops import Outputs, _dims, _static_ints
from scopecli.engine.ops.math_arith_ops import _t
from scopecli.engine.ops.tensor_util import NOT_CONSTANT, constant_value_as_shape, known_ints
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import InputError, ScenarioError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _filled(state: TFState, kind: str, shape: Any, dtype: Any, name: Any) -> Tensor:
    """array_ops.zeros / ones: a Const while small (< 1000 elements), else Fill."""
    dt = dtypes.as_dtype(dtype).base_dtype
    value: Any = (False if kind == "zeros" else True) if dt.kind == "bool" else (
        "" if dt.kind == "string" else (0 if kind == "zeros" else 1))
    with _scope(state, name, kind, [shape]) as scope:
        if not isinstance(shape, Tensor):
            dims = _static_ints(shape) if not isinstance(shape, int) else [shape]
            if dims is None and isinstance(shape, (list, tuple)):
                # a list holding tensors: TF's _constant_if_small raises TypeError and the list
                # is autopacked (a Pack named "packed") as the Fill's dims
                return fill(state, convert_to_tensor(state, list(shape), dtypes.int32),
                            constant(state, value, dtype=dt), name=scope)
            if dims is None:
                raise InputError(f"tf.{kind} with a shape that is not a list of ints is not supported yet")
            for d in dims:
                if d < 0:
                    raise tf_value_error(f"Dimension {d} must be >= 0")
            # A Python int shape: _constant_if_small's constant(shape=6) cannot iterate it
            # (TypeError, caught), then TensorShape(6) is the singleton [6]: always a Fill.
            if math.prod(dims) < 1000 and not isinstance(shape, int):
                try:
                    return constant(state, value, dtype=dt, shape=dims, name=scope)
                except ScenarioError as error:
                    # name="" opened the root scope, where a Const named "" is invalid: zeros
                    # catches that ValueError and goes on with a Fill (array_ops.zeros).
                    if error.type_name not in ("TypeError", "ValueError"):
                        raise
                    shape = convert_to_tensor(state, shape, dtypes.int32)
            elif all(d < 2**31 for d in dims):
                # The same int32 Const as TF's np.array(dims, int32), kept lazy (no numpy import).
                shape = constant(state, dims, dtype=dtypes.int32, name="shape_as_tensor")
            else:
                import numpy as np

                shape = constant(state, np.array(dims, dtype=np.int32), name="shape_as_tensor")
        zero = constant(state, value, dtype=dt)
        return fill(state, shape, zero, name=scope)


@tf_export("zeros")
def zeros(state: TFState, shape: Any, dtype: Any = dtypes.float32, name: Any = None) -> Tensor:
    return _filled(state, "zeros", shape, dtype, name)


@tf_export("ones")
def ones(state: TFState, shape: Any, dtype: Any = dtypes.float32, name: Any = None) -> Tensor:
    return _filled(state, "ones", shape, dtype, name)


@tf_export("fill")
def fill(state: TFState, dims: Any, value: Any, name: Any = None) -> Tensor:
    static = _static_ints(dims)
    if static is not None and math.prod(static) > state.runtime.limits.elements:
        from scopecli.errors import LimitError

        raise LimitError(f"a tensor of {math.prod(static)} elements (more than "
                         f"{state.runtime.limits.elements})", hint="raise --max-elements")

    return _t(apply_op(state, "Fill", name, dims=dims, value=value))


def _fill_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """FillShapeFn: MakeShapeFromShapeTensor of `dims` (a Shape op gives its input's shape)."""
    return [constant_value_as_shape(inputs[0])]


register_shape("Fill", _fill_shape)


@tf_export("zeros_like")
def zeros_like(
    state: TFState, tensor: Any, dtype: Any = None, name: Any = None, optimize: bool = True
) -> Tensor:
    with _scope(state, name, "zeros_like", [tensor]) as scope:
        if not isinstance(tensor, (Tensor, TensorConvertible)):
            tensor = convert_to_tensor(state, tensor, name="tensor")
        source = convert_to_tensor(state, tensor)
        target = dtypes.as_dtype(dtype).base_dtype if dtype is not None else source._dtype.base_dtype
        if optimize and source._shape.is_fully_defined():
            return zeros(state, source._shape, dtype=target, name=scope)
        if target is not source._dtype.base_dtype:
            # Fill's shape function reads the known dims back out of the Shape op.
            result = zeros(state, shape(state, source), dtype=target, name=scope)
            result._shape = result._shape.merge_with(source._shape)
            return result
        return _t(apply_op(state, "ZerosLike", scope, x=source))


@tf_export("ones_like")
def ones_like(
    state: TFState, tensor: Any, dtype: Any = None, name: Any = None, optimize: bool = True
) -> Tensor:
    with _scope(state, name, "ones_like", [tensor]) as scope:
        source = convert_to_tensor(state, tensor, name="tensor")
        shape_t = shape(state, source)
        target = dtypes.as_dtype(dtype).base_dtype if dtype is not None else source._dtype.base_dtype
        result = ones(state, shape_t, dtype=target, name=scope)
        result._shape = result._shape.merge_with(source._shape)
        return result


def shape(state: TFState, source: Tensor) -> Tensor:
    """array_ops.shape_internal without out_type: a `Shape/shape_as_tensor` Const when known."""
    with _scope(state, None, "Shape", [source]) as scope:
        dims = source._shape.dims_
        if source._shape.is_fully_defined() and all(d < 2**31 for d in dims):  # type: ignore[operator,union-attr]
            # the same int32 Const as TF's np.array(dims, int32), kept lazy (no numpy import)
            return constant(state, list(dims), dtype=dtypes.int32, name="shape_as_tensor")  # type: ignore[arg-type]
        if source._shape.is_fully_defined():
            import numpy as np  # numpy only when needed (a dimension beyond int32)

            return constant(state, np.array(dims, dtype=np.int32), name="shape_as_tensor")
        return shape_ops.shape(state, source, name=scope)


register_shape("ZerosLike", lambda node, inputs, attrs: [inputs[0]._shape])


_RANGE_ORDER = ("int32", "int64", "float16", "bfloat16", "float32", "float64")


@tf_export("range")
def range_(
    state: TFState, start: Any, limit: Any = None, delta: Any = 1, dtype: Any = None, name: Any = "range"
) -> Tensor:
    if limit is None:
        start, limit = 0, start
    want = dtypes.as_dtype(dtype).base_dtype if dtype is not None else None
    with _scope(state, name, "Range", [start, limit, delta]) as scope:
        parts = []
        for value, label in ((start, "start"), (limit, "limit"), (delta, "delta")):
            parts.append(
                value if isinstance(value, Tensor) else convert_to_tensor(state, value, want, name=label)
            )
        if want is None:
            names = [t._dtype.base_dtype.name for t in parts]
            if any(n not in _RANGE_ORDER for n in names):
                raise InputError(f"tf.range of {', '.join(names)} values is not supported by scopecli")
            want = dtypes.as_dtype(max(names, key=_RANGE_ORDER.index))
        # math_ops.cast returns a tensor of the right dtype as is, without opening a scope.
        parts = [t if t._dtype.base_dtype is want else m.cast(state, t, want) for t in parts]
        return _t(apply_op(state, "Range", scope, start=parts[0], limit=parts[1], delta=parts[2]))


def _range_infer(node: str, inputs: list[Tensor]) -> Outputs:
    dtype = inputs[0]._dtype.base_dtype
    attrs = f"Tidx={dt_attr(dtype)}"
    for t in inputs:
        dims = _dims(t._shape)
        if dims is not None and len(dims) != 0:
            raise shape_error(f"Shape must be rank 0 but is rank {len(dims)}", node, "Range", attrs, inputs)
    ints = [known_ints(t) for t in inputs]  # Python int bounds: no numpy needed
    if all(v.__class__ is int for v in ints) and not range_error(*ints):
        return [(dtype, TensorShape.known((range_size(*ints),)))]
    if any(v is NOT_CONSTANT for v in ints):
        return [(dtype, TensorShape.known((None,)))]
    values = [const_value(t) for t in inputs]
    if any(v is None for v in values):
        return [(dtype, TensorShape.known((None,)))]
    start, limit, delta = (v.item() for v in values)  # type: ignore[union-attr]
    known = {i: v for i, v in enumerate(values) if v is not None}
    error = range_error(start, limit, delta)
    if error:
        raise shape_error(error, node, "Range", attrs, inputs, computed(known))  # type: ignore[arg-type]
    return [(dtype, TensorShape.known((range_size(start, limit, delta),)))]


def _range_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [shape for _, shape in _range_infer(node, inputs)]


register_shape("Range", _range_shape)


def range_error(start: Any, limit: Any, delta: Any) -> str:
    """The Range op's argument checks (shape function and kernel word them alike)."""
    if delta == 0:
        return "Requires delta != 0"
    if delta > 0 and start > limit:
        return f"Requires start <= limit when delta > 0: {_num(start)}/{_num(limit)}"
    if delta < 0 and start < limit:
        return f"Requires start >= limit when delta < 0: {_num(start)}/{_num(limit)}"
    return ""


def _num(v: Any) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)


def range_size(start: Any, limit: Any, delta: Any) -> int:
    if isinstance(start, int) and isinstance(limit, int) and isinstance(delta, int):
        return (abs(limit - start) + abs(delta) - 1) // abs(delta)
    import numpy as np

    return int(np.ceil(abs((limit - start) / delta)))
