"""tf.metrics (TF's ops/metrics_impl.py): streaming metrics as local variables (`accuracy/total`,
`accuracy/count`, in LOCAL_VARIABLES and METRIC_VARIABLES) and their value / update_op tensors.

Only the static-shape paths are built (engine/ops/weights_broadcast_ops.py for `weights`): weights
whose rank is not known while building need Assert graphs and are refused with one clear message."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor, graph_of
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops_core import Tensor

METRIC_VARIABLES = "metric_variables"


def _variable_scope(state: TFState, name: Any, default: str, values: list[Any]) -> Any:
    """variable_scope.variable_scope(name, default, values) as metrics_impl opens it."""
    from scopecli.engine import variable_scope as vs

    graph = graph_of(state, [v for v in values if v is not None])
    return vs.variable_scope(state, graph, name, default, None, True, "variable_scope", {})


def metric_variable(state: TFState, shape: Any, dtype: Any, name: str) -> Any:
    """A zeros-initialized local variable, not trainable, in LOCAL and METRIC variables."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops.variables import LOCAL_VARIABLES, make_variable

    return make_variable(state, lambda: fill_ops.zeros(state, shape, dtype), trainable=False,
                         collections=[LOCAL_VARIABLES, METRIC_VARIABLES], name=name)


def _rank(tensor: Tensor) -> int | None:
    dims = tensor._shape.dims_
    return None if dims is None else len(dims)


def _squeeze_by_dynamic_rank(state: TFState, predictions: Tensor, labels: Tensor, last: Any,
                             label_last: Any) -> tuple[Tensor, Tensor]:
    """confusion_matrix.remove_squeezable_dimensions with a rank unknown: tf.conds on the
    difference of the ranks squeeze the last dimension of whichever side has one more."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.cond import build_cond

    rank_diff = m.operator_binary(state, "sub", m.subtract, shape_ops.rank(state, predictions),
                                  shape_ops.rank(state, labels))
    if _rank(predictions) is None or last in (None, 1):
        squeezable = predictions
        predictions = build_cond(state, m.equal(state, 1, rank_diff),
                                 lambda: shape_ops.squeeze(state, squeezable, [-1]), lambda: squeezable,
                                 False, None)
    if _rank(labels) is None or label_last in (None, 1):
        squeezable_labels = labels
        labels = build_cond(state, m.equal(state, -1, rank_diff),
                            lambda: shape_ops.squeeze(state, squeezable_labels, [-1]),
                            lambda: squeezable_labels,
                            False, None)
    return predictions, labels


def _remove_squeezable_dimensions(state: TFState, predictions: Any, labels: Any,
                                  weights: Any = None) -> tuple[Tensor, Tensor, Any]:
    """metrics_impl._remove_squeezable_dimensions without weights, then
    confusion_matrix.remove_squeezable_dimensions (its scope is entered even when empty)."""

    from scopecli.engine.ops import array_shape_ops as shape_ops

    predictions = convert_to_tensor(state, predictions)
    with name_scope(state, None, "remove_squeezable_dimensions", [labels, predictions]):
        predictions = convert_to_tensor(state, predictions)
        labels = convert_to_tensor(state, labels)
        predictions_rank, labels_rank = _rank(predictions), _rank(labels)
        last = predictions._shape.dims_[-1] if predictions_rank else None
        label_last = labels._shape.dims_[-1] if labels_rank else None
        if predictions_rank is None or labels_rank is None:
            predictions, labels = _squeeze_by_dynamic_rank(state, predictions, labels, last, label_last)
        elif predictions_rank - labels_rank == 1 and last in (None, 1):
            predictions = shape_ops.squeeze(state, predictions, [-1])
        elif predictions_rank - labels_rank == -1 and label_last in (None, 1):
            labels = shape_ops.squeeze(state, labels, [-1])
    if not predictions._shape.is_compatible_with(labels._shape):
        raise tf_value_error(f"Shapes {predictions._shape} and {labels._shape} are incompatible")
    if weights is not None:
        from scopecli.engine.ops.weights_broadcast_ops import squeeze_weights

        weights = squeeze_weights(state, predictions, weights)
    return predictions, labels, weights


@tf_export("metrics.mean", label=False)
@public_call("tf.metrics.mean")
def mean(state: TFState, values: Any, weights: Any = None, metrics_collections: Any = None,
         updates_collections: Any = None, name: Any = None) -> tuple[Tensor, Tensor]:
    """total += sum(values); count += size(values); value = total / max(count, 0)."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops import state_ops as state_ops
    from scopecli.engine.ops import weights_broadcast_ops as wb
    from scopecli.engine.ops_core import dtypes

    with _variable_scope(state, name, "mean", [values, weights]):
        values = m.cast(state, values, dtypes.float32)
        total = metric_variable(state, [], dtypes.float32, name="total")
        count = metric_variable(state, [], dtypes.float32, name="count")
        if weights is None:
            num_values = m.cast(state, shape_ops.size(state, values), dtypes.float32)
        else:
            values = convert_to_tensor(state, values)
            weights = wb.squeeze_weights(state, values, weights)
            weights = wb.broadcast_weights(state, m.cast(state, weights, dtypes.float32), values)
            values = m.multiply(state, values, weights)
            num_values = red.reduce_sum(state, weights)
        update_total_op = state_ops.assign_add(state, total, red.reduce_sum(state, values))
        update_count_op = state_ops.assign_add(state, count, num_values)
        # with ops.control_dependencies([values]): only the AssignAdd is created inside it
        update_count_op._op.control_inputs_ = [values._op]
        mean_t = _div_no_nan(state, total, m.maximum(state, count, 0), name="value")
        _add_to_collections(state, metrics_collections, mean_t)
        update_op = _div_no_nan(state, update_total_op, m.maximum(state, update_count_op, 0),
                                name="update_op")
        _add_to_collections(state, updates_collections, update_op)
        return mean_t, update_op


def _div_no_nan(state: TFState, x: Any, y: Any, name: str) -> Tensor:
    """math_ops.div_no_nan: gen_math_ops.div_no_nan under the name (one op)."""
    from scopecli.engine.framework.op_def_library import apply_op

    with name_scope(state, name, "div_no_nan", [x, y]) as scope:
        x = convert_to_tensor(state, x, name="x")
        y = convert_to_tensor(state, y, name="y", dtype=x._dtype.base_dtype)
        return apply_op(state, "DivNoNan", scope, x=x, y=y)._outputs[0]


def _add_to_collections(state: TFState, names: Any, value: Any) -> None:
    """ops.add_to_collections: a string is one collection name."""
    if not names:
        return
    for key in ([names] if isinstance(names, str) else list(dict.fromkeys(names))):
        state.graph.add_to_collection(key, value)


@tf_export("metrics.accuracy", label=False)
@public_call("tf.metrics.accuracy")
def accuracy(state: TFState, labels: Any, predictions: Any, weights: Any = None,
             metrics_collections: Any = None, updates_collections: Any = None,
             name: Any = None) -> tuple[Tensor, Tensor]:
    """mean(cast(equal(predictions, labels), float32)), predictions cast to the labels' dtype."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops_core import dtypes

    predictions, labels, weights = _remove_squeezable_dimensions(state, predictions, labels, weights)
    if labels._dtype is not predictions._dtype:
        predictions = m.cast(state, predictions, labels._dtype)
    is_correct = m.cast(state, m.equal(state, predictions, labels), dtypes.float32)
    return mean(state, is_correct, weights, metrics_collections, updates_collections, name or "accuracy")


@tf_export("metrics.mean_absolute_error", label=False)
@public_call("tf.metrics.mean_absolute_error")
def mean_absolute_error(state: TFState, labels: Any, predictions: Any, weights: Any = None,
                        metrics_collections: Any = None, updates_collections: Any = None,
                        name: Any = None) -> tuple[Tensor, Tensor]:
    from scopecli.engine.ops import math_unary_ops as mu

    predictions, labels, weights = _remove_squeezable_dimensions(state, predictions, labels, weights)
    absolute_errors = mu.abs_(state, predictions - labels)
    return mean(state, absolute_errors, weights, metrics_collections, updates_collections,
                name or "mean_absolute_error")


@tf_export("metrics.mean_squared_error", label=False)
@public_call("tf.metrics.mean_squared_error")
def mean_squared_error(state: TFState, labels: Any, predictions: Any, weights: Any = None,
                       metrics_collections: Any = None, updates_collections: Any = None,
                       name: Any = None) -> tuple[Tensor, Tensor]:
    from scopecli.engine.framework.op_def_library import apply_op

    predictions, labels, weights = _remove_squeezable_dimensions(state, predictions, labels, weights)
    squared_error = apply_op(state, "SquaredDifference", None, x=labels, y=predictions)._outputs[0]
    return mean(state, squared_error, weights, metrics_collections, updates_collections,
                name or "mean_squared_error")


@tf_export("metrics.root_mean_squared_error", label=False)
@public_call("tf.metrics.root_mean_squared_error")
def root_mean_squared_error(state: TFState, labels: Any, predictions: Any, weights: Any = None,
                            metrics_collections: Any = None, updates_collections: Any = None,
                            name: Any = None) -> tuple[Tensor, Tensor]:
    from scopecli.engine.ops import math_unary_ops as mu

    predictions, labels, weights = _remove_squeezable_dimensions(state, predictions, labels, weights)
    mse, update_mse_op = mean_squared_error(state, labels, predictions, weights, None, None,
                                            name or "root_mean_squared_error")
    rmse = mu.sqrt(state, mse)
    _add_to_collections(state, metrics_collections, rmse)
    update_rmse_op = mu.sqrt(state, update_mse_op)
    _add_to_collections(state, updates_collections, update_rmse_op)
    return rmse, update_rmse_op


def _assert_rank_in(state: TFState, x: Tensor, ranks: list[Any]) -> Any:
    """check_ops.assert_rank_in on static ranks: Consts for the ranks and the data's Shape, an
    assert_type NoOp per rank, then static_checks_determined_all_ok (or TF's ValueError)."""
    from scopecli.engine.op_def import const_value
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import control_flow_ops as cf

    with name_scope(state, None, "assert_rank_in", [x, *ranks]):
        x = convert_to_tensor(state, x, name="x")
        ranks = [convert_to_tensor(state, r, name="rank") for r in ranks]
        shape_ops.shape(state, x)  # the data's 'Received shape: ', shape(x)
        for _ in ranks:
            with name_scope(state, None, "assert_type", []):
                cf.no_op(state, name="statically_determined_correct_type")
        static = [const_value(r) for r in ranks]
        x_rank = _rank(x)
        if x_rank is None or any(r is None for r in static):
            raise InputError("tf.metrics weights whose rank is not known while building need an "
                             "Assert graph, which scopecli does not build yet")
        given = tuple(int(r) for r in static)  # type: ignore[arg-type]
        if x_rank not in given:
            raise tf_value_error(f"Tensor {x.name} must have rank in {given}.  Received rank {x_rank}, "
                                 f"shape {x._shape}")
        return cf.no_op(state, name="static_checks_determined_all_ok")


def _count_condition(state: TFState, values: Tensor, metrics_collections: Any,
                     updates_collections: Any, weights: Any = None) -> tuple[Tensor, Tensor]:
    """count += sum(cast(values, float32) [* weights]); its value is an Identity of the count."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import control_flow_ops as cf
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops import state_ops as state_ops
    from scopecli.engine.ops_core import dtypes

    with name_scope(state, None, "assert_type", [values]):
        # check_ops.assert_type: a bool tensor passes statically, as a NoOp
        cf.no_op(state, name="statically_determined_correct_type")
    count = metric_variable(state, [], dtypes.float32, name="count")
    values = m.cast(state, values, dtypes.float32)
    if weights is not None:
        check = _assert_rank_in(state, weights, [0, shape_ops.rank(state, values)])
        with cf.control_dependencies(state, [check]):
            weights = m.cast(state, weights, dtypes.float32)
            values = m.multiply(state, values, weights)
    value_tensor = shape_ops.identity(state, count)
    _add_to_collections(state, metrics_collections, value_tensor)
    update_op = state_ops.assign_add(state, count, red.reduce_sum(state, values))
    _add_to_collections(state, updates_collections, update_op)
    return value_tensor, update_op


def _condition_metric(default: str, want_label: bool, want_prediction: bool) -> Any:
    """true_positives / false_positives / false_negatives / true_negatives."""

    def metric(state: TFState, labels: Any, predictions: Any, weights: Any = None,
               metrics_collections: Any = None, updates_collections: Any = None,
               name: Any = None) -> tuple[Tensor, Tensor]:
        from scopecli.engine.ops import logical_ops as logical_ops
        from scopecli.engine.ops import math_arith_ops as m
        from scopecli.engine.ops_core import dtypes

        with _variable_scope(state, name, default, [predictions, labels, weights]):
            predictions, labels, weights = _remove_squeezable_dimensions(
                state, m.cast(state, predictions, dtypes.bool_), m.cast(state, labels, dtypes.bool_),
                weights)
            condition = logical_ops.logical_and(state, m.equal(state, labels, want_label),
                                       m.equal(state, predictions, want_prediction))
            return _count_condition(state, condition, metrics_collections, updates_collections, weights)

    metric.__name__ = default
    return metric


def _exported(qualname: str, fn: Any) -> Any:
    """tf_export + public_call for a metric made by a factory."""
    return tf_export(qualname, label=False)(public_call("tf." + qualname)(fn))


true_positives = _exported("metrics.true_positives", _condition_metric("true_positives", True, True))
false_positives = _exported("metrics.false_positives", _condition_metric("false_positives", False, True))
false_negatives = _exported("metrics.false_negatives", _condition_metric("false_negatives", True, False))
true_negatives = _exported("metrics.true_negatives", _condition_metric("true_negatives", False, False))


def _ratio_metric(default: str, other: Any) -> Any:
    """precision (tp / (tp + fp)) and recall (tp / (tp + fn)), 0 when the sum is 0."""

    def metric(state: TFState, labels: Any, predictions: Any, weights: Any = None,
               metrics_collections: Any = None, updates_collections: Any = None,
               name: Any = None) -> tuple[Tensor, Tensor]:
        from scopecli.engine.ops import array_join_ops as join
        from scopecli.engine.ops import math_arith_ops as m
        from scopecli.engine.ops_core import dtypes

        with _variable_scope(state, name, default, [predictions, labels, weights]):
            predictions, labels, weights = _remove_squeezable_dimensions(
                state, m.cast(state, predictions, dtypes.bool_), m.cast(state, labels, dtypes.bool_),
                weights)
            true_p, true_p_update = true_positives(state, labels, predictions, weights)
            other_v, other_update = other(state, labels, predictions, weights)

            def compute(tp: Tensor, x: Tensor, name: str) -> Tensor:
                return join.where(state, m.greater(state, tp + x, 0), m.divide(state, tp, tp + x), 0, name)

            value = compute(true_p, other_v, "value")
            _add_to_collections(state, metrics_collections, value)
            update_op = compute(true_p_update, other_update, "update_op")
            _add_to_collections(state, updates_collections, update_op)
            return value, update_op

    metric.__name__ = default
    return metric


precision = _exported("metrics.precision", _ratio_metric("precision", false_positives))
recall = _exported("metrics.recall", _ratio_metric("recall", false_negatives))
