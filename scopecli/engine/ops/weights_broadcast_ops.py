"""Metric weights (TF's ops/weights_broadcast_ops.py and the weights half of
metrics_impl._remove_squeezable_dimensions), for inputs whose shapes are known while building:
the static checks end in a NoOp (`static_scalar_check_success` / `static_dims_check_success`)
that the broadcast's ops depend on."""

from __future__ import annotations

from collections.abc import Callable

from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops_core import Operation, Tensor

_ERROR_PREFIX = "weights can not be broadcast to values."


def control_dependencies(state: TFState, deps: list[Operation], build: Callable[[], Any]) -> Any:
    """`with ops.control_dependencies(deps): build()`: every op created inside gets the control
    inputs, unless one of its inputs was created inside too (dominated) or is itself a dep."""
    graph = state.graph
    start = len(graph.ops)
    result = build()
    created = graph.ops[start:]
    inside = {id(op) for op in created}
    for op in created:
        inputs = [t._op for t in op._inputs]
        if any(id(i) in inside for i in inputs):
            continue
        extra = [c for c in deps if c not in inputs and c not in op.control_inputs_]
        if extra:
            op.control_inputs_ = [*op.control_inputs_, *extra]
    return result


def _dims(tensor: Tensor) -> list[int | None] | None:
    return tensor._shape.dims_


def assert_broadcastable(state: TFState, weights: Tensor, values: Tensor) -> Operation:
    """The static path: shape/rank Consts under weights/ and values/, then a NoOp."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import control_flow_ops as cf

    with name_scope(state, None, "assert_broadcastable", [weights, values]):
        with name_scope(state, None, "weights", [weights]) as weights_scope:
            weights = convert_to_tensor(state, weights, name=weights_scope)
            shape_ops.shape(state, weights, name="shape")
            shape_ops.rank(state, weights, name="rank")
        with name_scope(state, None, "values", [values]) as values_scope:
            values = convert_to_tensor(state, values, name=values_scope)
            shape_ops.shape(state, values, name="shape")
            shape_ops.rank(state, values, name="rank")
        weights_dims, values_dims = _dims(weights), _dims(values)
        if weights_dims is None or values_dims is None or None in weights_dims or None in values_dims:
            raise InputError("tf.metrics weights whose shape is not known while building need an Assert "
                             "graph, which scopecli does not build yet")
        if not weights_dims:
            return cf.no_op(state, name="static_scalar_check_success")
        if len(weights_dims) != len(values_dims):
            raise tf_value_error(
                f"{_ERROR_PREFIX} values.rank={len(values_dims)}. weights.rank={len(weights_dims)}. "
                f"values.shape={values._shape}. weights.shape={weights._shape}. "
                f"Received weights={weights}, values={values}")
        for i, (w, v) in enumerate(zip(weights_dims, values_dims, strict=True)):
            if w not in (1, v):
                raise tf_value_error(
                    f"{_ERROR_PREFIX} Mismatch at dim {i}. values.shape={_np_list(values_dims)}, "
                    f"weights.shape={_np_list(weights_dims)}. Received weights={weights}, values={values}")
        return cf.no_op(state, name="static_dims_check_success")


def _np_list(dims: list[Any]) -> str:
    """A shape as numpy prints an int32 array: [2 3]."""
    return "[" + " ".join(str(d) for d in dims) + "]"


def broadcast_weights(state: TFState, weights: Any, values: Any) -> Tensor:
    """weights as is when its static shape equals the values', else weights * ones_like(values)."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import math_arith_ops as m

    with name_scope(state, None, "broadcast_weights", [weights, values]) as scope:
        values = convert_to_tensor(state, values, name="values")
        weights = convert_to_tensor(state, weights, dtype=values._dtype.base_dtype, name="weights")
        w_shape, v_shape = weights._shape, values._shape
        if w_shape.is_fully_defined() and v_shape.is_fully_defined() and w_shape.is_compatible_with(v_shape):
            return weights
        check = assert_broadcastable(state, weights, values)
        return control_dependencies(
            state, [check], lambda: m.multiply(state, weights, fill_ops.ones_like(state, values), name=scope))


def squeeze_weights(state: TFState, predictions: Tensor, weights: Any) -> Tensor:
    """The weights half of metrics_impl._remove_squeezable_dimensions (static ranks)."""
    from scopecli.engine.ops import array_shape_ops as shape_ops

    weights = convert_to_tensor(state, weights)
    weights_dims = _dims(weights)
    if weights_dims is not None and not weights_dims:
        return weights
    predictions_dims = _dims(predictions)
    if predictions_dims is None or weights_dims is None:
        raise InputError("tf.metrics weights of unknown rank need tf.cond, which scopecli does not build yet")
    if len(weights_dims) - len(predictions_dims) == 1:
        weights = shape_ops.squeeze(state, weights, [-1])
    elif len(predictions_dims) - len(weights_dims) == 1:
        weights = shape_ops.expand_dims(state, weights, [-1])
    return weights
