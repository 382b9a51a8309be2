"""More `tf.*` math and nn functions (argmax, add_n, where, one_hot, range, logical ops, the
float-only element-wise ops, the loss helpers, `tf.assign`) with TF's naming.

Each follows its TF Python wrapper (math_ops.py, clip_ops.py, nn_ops.py, nn_impl.py,
state_ops.py), which decides the ops and names: `tf.clip_by_value` is a Minimum then a Maximum
named after the scope, `tf.where(c, x, y)` is a Select, `tf.size` of a known shape is a Const.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine import array_ops as a
from scopecli.engine import shape_fns as sf
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor, TensorConvertible
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.op_def_library import apply_op as new_apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.op_def import (
    computed,
    const_value,
    dt_attr,
    shape_error,
)
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops import math_unary_ops as mu
from scopecli.engine.ops import reduction_ops as red
from scopecli.engine.ops.math_arith_ops import _t
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, ScenarioError, tf_type_error, tf_value_error

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState

Outputs = list[tuple[dtypes.DType, TensorShape]]


# -- element-wise ------------------------------------------------------------------------------------


def _unary(op_type: str) -> Any:
    def fn(state: TFState, x: Any, name: Any = None) -> Tensor:
        return m.unary(state, op_type, "x", x, name)

    fn.__name__ = op_type.lower()
    return fn


floor = _unary("Floor")
ceil = _unary("Ceil")
rsqrt = _unary("Rsqrt")
_sign = _unary("Sign")


def sign(state: TFState, x: Any, name: Any = None) -> Tensor:
    """math_ops.sign converts `x` before the op, so a Python value is a plain "Const"."""
    return _sign(state, convert_to_tensor(state, x), name)


log1p = _unary("Log1p")


def _logical(op_type: str) -> Any:
    def fn(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
        return m.binary(state, op_type, x, y, name)

    fn.__name__ = op_type.lower()
    return fn


logical_and = _logical("LogicalAnd")
logical_or = _logical("LogicalOr")


def logical_not(state: TFState, x: Any, name: Any = None) -> Tensor:
    return m.unary(state, "LogicalNot", "x", x, name)


def reduce_prod(
    state: TFState,
    input_tensor: Any,
    axis: Any = None,
    keepdims: Any = None,
    name: Any = None,
    reduction_indices: Any = None,
    keep_dims: Any = None,
) -> Tensor:
    return red._reduction(state, "Prod", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


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
        return m._t(new_apply_op(state, op_type, name, input=input, dimension=axis, output_type=output_type))

    return fn


argmax = _arg("ArgMax", True)
argmin = _arg("ArgMin", False)


# -- combining ------------------------------------------------------------------------------------------

_ADD_N_ERROR = (
    "Inputs must be an iterable of at least one Tensor/IndexedSlices with the same dtype and shape."
)


def add_n(state: TFState, inputs: Any, name: Any = None) -> Tensor:
    if not inputs or not isinstance(inputs, (list, tuple)):
        raise tf_value_error(_ADD_N_ERROR)
    tensors = [convert_to_tensor(state, value) for value in inputs]
    if len(tensors) == 1:
        return shape_ops.identity(state, tensors[0], name=name) if name else tensors[0]
    return m._t(new_apply_op(state, "AddN", name, inputs=tensors))


def clip_by_value(
    state: TFState, t: Any, clip_value_min: Any, clip_value_max: Any, name: Any = None
) -> Tensor:
    with _scope(state, name, "clip_by_value", [t, clip_value_min, clip_value_max]) as scope:
        values = convert_to_tensor(state, t, name="t")
        t_min = m.minimum(state, values, clip_value_max)
        _assert_compatible(values._shape, t_min._shape)
        t_max = m.maximum(state, t_min, clip_value_min, name=scope)
        _assert_compatible(values._shape, t_max._shape)
        return t_max


def _assert_compatible(a_shape: TensorShape, b_shape: TensorShape) -> None:
    if not a_shape.is_compatible_with(b_shape):
        raise tf_value_error(f"Shapes {a_shape} and {b_shape} are incompatible")


def where(state: TFState, condition: Any, x: Any = None, y: Any = None, name: Any = None) -> Tensor:
    """array_ops.where (v1): Select for three arguments, Where (the true coordinates) for one."""
    if x is None and y is None:
        with _scope(state, name, "Where", [condition]) as scope:
            cond = convert_to_tensor(state, condition, dtype_hint=dtypes.bool_, name="condition")
            return _t(new_apply_op(state, "Where", scope, input=cond))
    if x is None or y is None:
        raise tf_value_error("x and y must both be non-None or both be None.")
    return _t(new_apply_op(state, "Select", name, condition=condition, t=x, e=y))


def _select_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [shape for _, shape in _select_infer(node, inputs)]


def _select_infer(node: str, inputs: list[Tensor]) -> Outputs:
    cond, then, other = inputs
    dtype = then._dtype.base_dtype
    attrs = f"T={dt_attr(then._dtype)}"
    if not then._shape.is_compatible_with(other._shape):
        raise shape_error(sf.merge_error(then._shape, other._shape), node, "Select", attrs, inputs)
    data = then._shape.merge_with(other._shape)
    cond_dims, data_dims = a._dims(cond._shape), a._dims(data)
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
        raise shape_error(
            f"Dimensions must be equal, but are {cond_dims[0]} and {first}", node, "Select", attrs, inputs
        )
    return [(dtype, data)]


# -- building tensors -----------------------------------------------------------------------------------


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

        return _t(new_apply_op(state, "OneHot", scope, indices=indices, depth=depth, on_value=on_t,
                               off_value=off_t, axis=at))


def _one_hot_infer(node: str, inputs: list[Tensor], at: int) -> Outputs:
    index_t, depth_t = inputs[0], inputs[1]
    out = inputs[2]._dtype.base_dtype
    dims = a._dims(index_t._shape)
    value = const_value(depth_t)
    attrs = f"T={dt_attr(out)}, TI={dt_attr(index_t._dtype)}, axis={at}"
    if at < -1:
        raise shape_error(f"axis must be >= -1, but got {at}", node, "OneHot", attrs, inputs)
    if dims is None:
        return [(out, TensorShape(None))]
    depth_v = int(value.reshape(-1)[0]) if value is not None else None
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
    return [(out, a._shape([*dims[:where_], depth_v, *dims[where_:]]))]


def _one_hot_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [shape for _, shape in _one_hot_infer(node, inputs, attrs["axis"])]


_RANGE_ORDER = ("int32", "int64", "float16", "bfloat16", "float32", "float64")


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
        return _t(new_apply_op(state, "Range", scope, start=parts[0], limit=parts[1], delta=parts[2]))


def _range_infer(node: str, inputs: list[Tensor]) -> Outputs:
    dtype = inputs[0]._dtype.base_dtype
    values = [const_value(t) for t in inputs]
    attrs = f"Tidx={dt_attr(dtype)}"
    for t in inputs:
        dims = a._dims(t._shape)
        if dims is not None and len(dims) != 0:
            raise shape_error(f"Shape must be rank 0 but is rank {len(dims)}", node, "Range", attrs, inputs)
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


register_shape("Select", _select_shape)
register_shape("OneHot", _one_hot_shape)
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


# -- losses ------------------------------------------------------------------------------------------


def sigmoid_cross_entropy_with_logits(
    state: TFState, labels: Any = None, logits: Any = None, name: Any = None
) -> Tensor:
    if labels is None or logits is None:
        raise tf_value_error(
            "Both `labels` and `logits` must be provided for sigmoid_cross_entropy_with_logits"
            f"Received: labels={labels} and logits={logits}"
        )
    with _scope(state, name, "logistic_loss", [logits, labels]) as scope:
        logits_t = convert_to_tensor(state, logits, name="logits")
        labels_t = convert_to_tensor(state, labels, name="labels")
        if not labels_t._shape.is_compatible_with(logits_t._shape):
            raise tf_value_error(
                f"`logits` and `labels` must have the same shape, received "
                f"({logits_t._shape} vs {labels_t._shape})."
            )
        zeros = a.zeros_like(state, logits_t, dtype=logits_t._dtype)
        cond = m.greater_equal(state, logits_t, zeros)
        relu_logits = where(state, cond, logits_t, zeros)
        neg_abs = where(state, cond, mu.negative(state, logits_t), logits_t)
        product = m.operator_binary(state, "mul", m.multiply, logits_t, labels_t)
        diff = m.operator_binary(state, "sub", m.subtract, relu_logits, product)
        return m.add(state, diff, log1p(state, mu.exp(state, neg_abs)), name=scope)


# -- variables: tf.assign and friends (state_ops.py) ------------------------------------------------


def _update(
    state: TFState,
    op_type: str,
    method: str,
    ref: Any,
    value: Any,
    validate_shape: bool,
    use_locking: Any,
    name: Any,
) -> Tensor:
    from scopecli.engine.variables import Variable, assign_op

    if not isinstance(ref, Variable):
        # state_ops falls back to `ref.assign(...)`, which a graph tensor does not have.
        kind = "SymbolicTensor" if isinstance(ref, Tensor) else type(ref).__name__
        raise ScenarioError("AttributeError", f"'{kind}' object has no attribute '{method}'")
    # None leaves use_locking to the OpDef's default (Variable.assign passes False).
    op = assign_op(state, op_type, ref.variable_op._outputs[0], value, name, validate_shape,
                   use_locking=use_locking)
    op.variable = ref
    return op._outputs[0]


def assign(
    state: TFState,
    ref: Any,
    value: Any,
    validate_shape: Any = None,
    use_locking: Any = None,
    name: Any = None,
) -> Tensor:
    check = True if validate_shape is None else bool(validate_shape)
    return _update(state, "Assign", "assign", ref, value, check, use_locking, name)


def assign_add(state: TFState, ref: Any, value: Any, use_locking: Any = None, name: Any = None) -> Tensor:
    return _update(state, "AssignAdd", "assign_add", ref, value, True, use_locking, name)


def assign_sub(state: TFState, ref: Any, value: Any, use_locking: Any = None, name: Any = None) -> Tensor:
    return _update(state, "AssignSub", "assign_sub", ref, value, True, use_locking, name)
