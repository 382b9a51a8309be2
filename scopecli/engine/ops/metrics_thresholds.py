"""tf.metrics on thresholds (TF's metrics_impl._confusion_matrix_at_thresholds and its users):
true/false positives/negatives_at_thresholds, precision/recall_at_thresholds and auc, each a
[num_thresholds] local variable per confusion count, built as TF builds them."""

from __future__ import annotations

from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.metrics import _add_to_collections, _div_no_nan, _exported, _variable_scope
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops_core import Tensor

_ALL_INCLUDES = ("tp", "fn", "tn", "fp")
_VARIABLE_NAMES = {"tp": "true_positives", "fn": "false_negatives", "tn": "true_negatives",
                   "fp": "false_positives"}


def _confusion_matrix_at_thresholds(state: TFState, labels: Any, predictions: Any, thresholds: Any,
                                    weights: Any = None, includes: Any = None
                                    ) -> tuple[dict[str, Any], dict[str, Tensor]]:
    """One metric variable per key of `includes` (tp, fn, tn, fp: that order), each updated by
    the sum over the predictions of (label, prediction > threshold) matches per threshold."""
    from scopecli.engine.framework.constant_op import constant
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import check_ops, state_ops
    from scopecli.engine.ops import logical_ops as logical
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops import weights_broadcast_ops as wb
    from scopecli.engine.ops.control_flow_ops import control_dependencies
    from scopecli.engine.ops.metrics import _remove_squeezable_dimensions, metric_variable
    from scopecli.engine.ops_core import convert_to_tensor, dtypes

    if includes is None:
        includes = _ALL_INCLUDES
    else:
        for include in includes:
            if include not in _ALL_INCLUDES:
                raise tf_value_error(f"Invalid key: {include}")
    predictions = convert_to_tensor(state, predictions)
    checks = [
        check_ops.assert_greater_equal(state, predictions, m.cast(state, 0.0, predictions._dtype),
                                       message="predictions must be in [0, 1]"),
        check_ops.assert_less_equal(state, predictions, m.cast(state, 1.0, predictions._dtype),
                                    message="predictions must be in [0, 1]"),
    ]
    with control_dependencies(state, checks):
        predictions, labels, weights = _remove_squeezable_dimensions(
            state, m.cast(state, predictions, dtypes.float32), m.cast(state, labels, dtypes.bool_),
            weights)
    num_thresholds = len(thresholds)
    predictions_2d = shape_ops.reshape(state, predictions, [-1, 1])
    labels_2d = shape_ops.reshape(state, m.cast(state, labels, dtypes.bool_), [1, -1])
    dims = predictions_2d._shape.dims_
    num_predictions: Any = dims[0] if dims is not None else None
    if num_predictions is None:
        num_predictions = shape_ops.shape(state, predictions_2d)[0]
    thresh_tiled = join.tile(
        state, shape_ops.expand_dims(state, constant(state, list(thresholds)), [1]),
        join.stack(state, [1, num_predictions]))
    pred_is_pos = m.greater(
        state, join.tile(state, shape_ops.transpose(state, predictions_2d), [num_thresholds, 1]),
        thresh_tiled)
    if "fn" in includes or "tn" in includes:
        pred_is_neg = logical.logical_not(state, pred_is_pos)
    label_is_pos = join.tile(state, labels_2d, [num_thresholds, 1])
    if "fp" in includes or "tn" in includes:
        label_is_neg = logical.logical_not(state, label_is_pos)
    weights_tiled = None
    if weights is not None:
        weights = wb.broadcast_weights(state, m.cast(state, weights, dtypes.float32), predictions)
        weights_tiled = join.tile(state, shape_ops.reshape(state, weights, [1, -1]), [num_thresholds, 1])
        if not thresh_tiled._shape.is_compatible_with(weights_tiled._shape):
            raise tf_value_error(f"Shapes {thresh_tiled._shape} and {weights_tiled._shape} are incompatible")
    pairs = {"tp": lambda: (label_is_pos, pred_is_pos), "fn": lambda: (label_is_pos, pred_is_neg),
             "tn": lambda: (label_is_neg, pred_is_neg), "fp": lambda: (label_is_neg, pred_is_pos)}
    values: dict[str, Any] = {}
    update_ops: dict[str, Tensor] = {}
    for key in _ALL_INCLUDES:
        if key not in includes:
            continue
        variable = metric_variable(state, [num_thresholds], dtypes.float32, name=_VARIABLE_NAMES[key])
        label_side, prediction_side = pairs[key]()
        matches = m.cast(state, logical.logical_and(state, label_side, prediction_side), dtypes.float32)
        if weights_tiled is not None:
            matches = m.operator_binary(state, "mul", m.multiply, matches, weights_tiled)
        update_ops[key] = state_ops.assign_add(state, variable, red.reduce_sum(state, matches, 1))
        values[key] = variable
    return values, update_ops


def _count_at_thresholds(key: str) -> Any:
    """true_positives_at_thresholds and its three siblings: the variable's Identity and update."""

    def metric(state: TFState, labels: Any, predictions: Any, thresholds: Any, weights: Any = None,
               metrics_collections: Any = None, updates_collections: Any = None,
               name: Any = None) -> tuple[Tensor, Tensor]:
        from scopecli.engine.ops import array_shape_ops as shape_ops

        with _variable_scope(state, name, _VARIABLE_NAMES[key], [predictions, labels, weights]):
            values, update_ops = _confusion_matrix_at_thresholds(
                state, labels, predictions, thresholds, weights=weights, includes=(key,))
            # _aggregate_variable: read_var of the default strategy, an Identity
            value = shape_ops.identity(state, values[key])
            _add_to_collections(state, metrics_collections, value)
            _add_to_collections(state, updates_collections, update_ops[key])
            return value, update_ops[key]

    metric.__name__ = _VARIABLE_NAMES[key] + "_at_thresholds"
    return metric


true_positives_at_thresholds = _exported("metrics.true_positives_at_thresholds", _count_at_thresholds("tp"))
false_positives_at_thresholds = _exported("metrics.false_positives_at_thresholds", _count_at_thresholds("fp"))
false_negatives_at_thresholds = _exported("metrics.false_negatives_at_thresholds", _count_at_thresholds("fn"))
true_negatives_at_thresholds = _exported("metrics.true_negatives_at_thresholds", _count_at_thresholds("tn"))


def _ratio_at_thresholds(default: str, other: str) -> Any:
    """precision_at_thresholds (tp / (1e-7 + tp + fp)) and recall_at_thresholds (fn)."""

    def metric(state: TFState, labels: Any, predictions: Any, thresholds: Any, weights: Any = None,
               metrics_collections: Any = None, updates_collections: Any = None,
               name: Any = None) -> tuple[Tensor, Tensor]:
        from scopecli.engine.ops import math_arith_ops as m

        kind = default.split("_")[0]
        with _variable_scope(state, name, default, [predictions, labels, weights]):
            values, update_ops = _confusion_matrix_at_thresholds(
                state, labels, predictions, thresholds, weights, includes=("tp", other))
            epsilon = 1e-7

            def compute(tp: Any, x: Any, suffix: str) -> Tensor:
                return m.divide(state, tp, epsilon + tp + x, name=f"{kind}_{suffix}")

            value = compute(values["tp"], values[other], "value")
            _add_to_collections(state, metrics_collections, value)
            update_op = compute(update_ops["tp"], update_ops[other], "update_op")
            _add_to_collections(state, updates_collections, update_op)
            return value, update_op

    metric.__name__ = default
    return metric


precision_at_thresholds = _exported("metrics.precision_at_thresholds",
                                    _ratio_at_thresholds("precision_at_thresholds", "fp"))
recall_at_thresholds = _exported("metrics.recall_at_thresholds",
                                 _ratio_at_thresholds("recall_at_thresholds", "fn"))


def _interpolate_pr_auc(state: TFState, tp: Any, fp: Any, fn: Any, n: int) -> Tensor:
    """auc's interpolate_pr_auc (Davis et al., 2006), op for op."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import logical_ops as logical
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import reduction_ops as red

    dtp = tp[:n - 1] - tp[1:]
    p = tp + fp
    prec_slope = _div_no_nan(state, dtp, m.maximum(state, p[:n - 1] - p[1:], 0), name="prec_slope")
    intercept = tp[1:] - m.multiply(state, prec_slope, p[1:])
    safe_p_ratio = join.where(
        state, logical.logical_and(state, p[:n - 1] > 0, p[1:] > 0),
        _div_no_nan(state, p[:n - 1], m.maximum(state, p[1:], 0), name="recall_relative_ratio"),
        fill_ops.ones_like(state, p[1:]))
    return red.reduce_sum(
        state, _div_no_nan(state, prec_slope * (dtp + intercept * mu.log(state, safe_p_ratio)),
                           m.maximum(state, tp[1:] + fn[1:], 0), name="pr_auc_increment"),
        name="interpolate_pr_auc")


def _compute_auc(state: TFState, tp: Any, fn: Any, tn: Any, fp: Any, name: str, curve: str,
                 summation_method: str, n: int) -> Tensor:
    """auc's compute_auc: the area under the ROC or PR curve by trapezoids, minoring, majoring."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red

    if curve == "PR" and summation_method == "careful_interpolation":
        return _interpolate_pr_auc(state, tp, fp, fn, n)
    epsilon = 1.0e-6
    rec = m.divide(state, tp + epsilon, tp + fn + epsilon)
    if curve == "ROC":
        x, y = m.divide(state, fp, fp + tn + epsilon), rec
    else:
        x, y = rec, m.divide(state, tp + epsilon, tp + fp + epsilon)
    if summation_method in ("trapezoidal", "careful_interpolation"):
        dx = x[:n - 1] - x[1:]
        heights = (y[:n - 1] + y[1:]) / 2.0
    elif summation_method in ("minoring", "majoring"):
        dx = x[:n - 1] - x[1:]
        pick = m.minimum if summation_method == "minoring" else m.maximum
        heights = pick(state, y[:n - 1], y[1:])
    else:
        raise tf_value_error(f"Invalid summation_method: {summation_method} summation_method should be "
                             "'trapezoidal', 'careful_interpolation', 'minoring', or 'majoring'.")
    return red.reduce_sum(state, m.multiply(state, dx, heights), name=name)


@tf_export("metrics.auc", label=False)
@public_call("tf.metrics.auc")
def auc(state: TFState, labels: Any, predictions: Any, weights: Any = None, num_thresholds: Any = 200,
        metrics_collections: Any = None, updates_collections: Any = None, curve: Any = "ROC",
        name: Any = None, summation_method: Any = "trapezoidal", thresholds: Any = None
        ) -> tuple[Tensor, Tensor]:
    """Area under the ROC or PR curve from four [num_thresholds] confusion counts."""
    with _variable_scope(state, name, "auc", [labels, predictions, weights]):
        if curve not in ("ROC", "PR"):
            raise tf_value_error(f"Curve must be either ROC or PR. Curve {curve} is unknown.")
        kepsilon = 1e-7  # to account for floating point imprecisions, as TF
        if thresholds is not None:
            thresholds = sorted(thresholds)
            num_thresholds = len(thresholds) + 2
        else:
            num_thresholds = int(num_thresholds)
            thresholds = [(i + 1) * 1.0 / (num_thresholds - 1) for i in range(num_thresholds - 2)]
        thresholds = [0.0 - kepsilon] + list(thresholds) + [1.0 + kepsilon]
        values, update_ops = _confusion_matrix_at_thresholds(state, labels, predictions, thresholds, weights)
        auc_value = _compute_auc(state, values["tp"], values["fn"], values["tn"], values["fp"], "value",
                                 curve, summation_method, num_thresholds)
        _add_to_collections(state, metrics_collections, auc_value)
        update_op = _compute_auc(state, update_ops["tp"], update_ops["fn"], update_ops["tn"],
                                 update_ops["fp"], "update_op", curve, summation_method, num_thresholds)
        _add_to_collections(state, updates_collections, update_op)
        return auc_value, update_op


def _target_thresholds(num_thresholds: Any, last: float) -> list[float]:
    """-kepsilon, the inner i / (num_thresholds - 1), then `last` (1 + kepsilon or 1 - kepsilon)."""
    kepsilon = 1e-7
    n = int(num_thresholds)
    return [0.0 - kepsilon] + [(i + 1) * 1.0 / (n - 1) for i in range(n - 2)] + [last]


def _ratio_at(state: TFState, num: Any, other: Any, index: Tensor, name: str) -> Tensor:
    """divide(num[index], num[index] + other[index] + kepsilon, name)."""
    from scopecli.engine.ops import math_arith_ops as m

    return m.divide(state, num[index], num[index] + other[index] + 1e-7, name)


@tf_export("metrics.sensitivity_at_specificity", label=False)
@public_call("tf.metrics.sensitivity_at_specificity")
def sensitivity_at_specificity(state: TFState, labels: Any, predictions: Any, specificity: Any,
                               weights: Any = None, num_thresholds: Any = 200,
                               metrics_collections: Any = None, updates_collections: Any = None,
                               name: Any = None) -> tuple[Tensor, Tensor]:
    """tp / (tp + fn) at the threshold whose specificity is nearest the target (ArgMin)."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops_core import dtypes

    if specificity < 0 or specificity > 1:
        raise tf_value_error("`specificity` must be in the range [0, 1]. Currently, "
                             f"`specificity` got {specificity}.")
    with _variable_scope(state, name, "sensitivity_at_specificity", [predictions, labels, weights]):
        thresholds = _target_thresholds(num_thresholds, 1.0 + 1e-7)
        values, update_ops = _confusion_matrix_at_thresholds(state, labels, predictions, thresholds, weights)

        def compute(tp: Any, tn: Any, fp: Any, fn: Any, name: str) -> Tensor:
            specificities = m.divide(state, tn, tn + fp + 1e-7)
            tf_index = red.argmin(state, mu.abs_(state, specificities - specificity), 0)
            tf_index = m.cast(state, tf_index, dtypes.int32)
            return _ratio_at(state, tp, fn, tf_index, name)

        sensitivity = compute(values["tp"], values["tn"], values["fp"], values["fn"], "value")
        _add_to_collections(state, metrics_collections, sensitivity)
        update_op = compute(update_ops["tp"], update_ops["tn"], update_ops["fp"], update_ops["fn"],
                            "update_op")
        _add_to_collections(state, updates_collections, update_op)
        return sensitivity, update_op


@tf_export("metrics.specificity_at_sensitivity", label=False)
@public_call("tf.metrics.specificity_at_sensitivity")
def specificity_at_sensitivity(state: TFState, labels: Any, predictions: Any, sensitivity: Any,
                               weights: Any = None, num_thresholds: Any = 200,
                               metrics_collections: Any = None, updates_collections: Any = None,
                               name: Any = None) -> tuple[Tensor, Tensor]:
    """tn / (tn + fp) at the last threshold whose sensitivity is nearest the target."""
    from scopecli.engine.ops import manip_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops_core import dtypes

    if sensitivity < 0 or sensitivity > 1:
        raise tf_value_error("`sensitivity` must be in the range [0, 1]. Currently, "
                             f"`sensitivity` is {sensitivity}.")
    with _variable_scope(state, name, "specificity_at_sensitivity", [predictions, labels, weights]):
        thresholds = _target_thresholds(num_thresholds, 1.0 - 1e-7)
        values, update_ops = _confusion_matrix_at_thresholds(state, labels, predictions, thresholds, weights)

        def compute(tp: Any, tn: Any, fp: Any, fn: Any, name: str) -> Tensor:
            sensitivities = m.divide(state, tp, tp + fn + 1e-7)
            min_val = red.reduce_min(state, mu.abs_(state, sensitivities - sensitivity))
            indices_at_minval = m.equal(state, mu.abs_(state, sensitivities - sensitivity), min_val)
            indices_at_minval = m.cast(state, indices_at_minval, dtypes.int64)
            indices_at_minval = manip_ops.cumsum(state, indices_at_minval)
            tf_index = m.cast(state, red.argmax(state, indices_at_minval, 0), dtypes.int32)
            return _ratio_at(state, tn, fp, tf_index, name)

        specificity = compute(values["tp"], values["tn"], values["fp"], values["fn"], "value")
        _add_to_collections(state, metrics_collections, specificity)
        update_op = compute(update_ops["tp"], update_ops["tn"], update_ops["fp"], update_ops["fn"],
                            "update_op")
        _add_to_collections(state, updates_collections, update_op)
        return specificity, update_op
