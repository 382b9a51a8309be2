"""tf.metrics built on a mean (TF's metrics_impl): percentage_below, mean_relative_error,
mean_cosine_distance (tf.metrics.mean of a derived tensor) and mean_tensor (element-wise
total_tensor / count_tensor variables)."""

from __future__ import annotations

from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.metrics import _add_to_collections, _div_no_nan, _variable_scope, mean
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops_core import Tensor


@tf_export("metrics.percentage_below", label=False)
@public_call("tf.metrics.percentage_below")
def percentage_below(state: TFState, values: Any, threshold: Any, weights: Any = None,
                     metrics_collections: Any = None, updates_collections: Any = None,
                     name: Any = None) -> tuple[Tensor, Tensor]:
    """mean(cast(values < threshold, float32))."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops_core import dtypes

    is_below_threshold = m.cast(state, m.less(state, values, threshold), dtypes.float32)
    return mean(state, is_below_threshold, weights, metrics_collections, updates_collections,
                name or "percentage_below_threshold")


@tf_export("metrics.mean_relative_error", label=False)
@public_call("tf.metrics.mean_relative_error")
def mean_relative_error(state: TFState, labels: Any, predictions: Any, normalizer: Any,
                        weights: Any = None, metrics_collections: Any = None,
                        updates_collections: Any = None, name: Any = None) -> tuple[Tensor, Tensor]:
    """mean(where(normalizer == 0, zeros_like(labels), |labels - predictions| / normalizer))."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops.metrics import _remove_squeezable_dimensions
    from scopecli.engine.ops.metrics_classes import _remove_squeezable_dimensions as squeeze_pair
    from scopecli.engine.ops_core import convert_to_tensor

    predictions, labels, weights = _remove_squeezable_dimensions(state, predictions, labels, weights)
    predictions, normalizer = squeeze_pair(state, predictions, convert_to_tensor(state, normalizer))
    if not predictions._shape.is_compatible_with(normalizer._shape):
        raise tf_value_error(f"Shapes {predictions._shape} and {normalizer._shape} are incompatible")
    relative_errors = join.where(state, m.equal(state, normalizer, 0.0), fill_ops.zeros_like(state, labels),
                                 m.divide(state, mu.abs_(state, labels - predictions), normalizer))
    return mean(state, relative_errors, weights, metrics_collections, updates_collections,
                name or "mean_relative_error")


@tf_export("metrics.mean_cosine_distance", label=False)
@public_call("tf.metrics.mean_cosine_distance")
def mean_cosine_distance(state: TFState, labels: Any, predictions: Any, dim: Any, weights: Any = None,
                         metrics_collections: Any = None, updates_collections: Any = None,
                         name: Any = None) -> tuple[Tensor, Tensor]:
    """1 - mean(sum(predictions * labels, [dim], keepdims=True)), the Subs at the caller's scope."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.metrics import _remove_squeezable_dimensions

    predictions, labels, weights = _remove_squeezable_dimensions(state, predictions, labels, weights)
    radial_diffs = m.multiply(state, predictions, labels)
    radial_diffs = red.reduce_sum(state, radial_diffs, axis=[dim], keepdims=True)
    mean_distance, update_op = mean(state, radial_diffs, weights, None, None, name or "mean_cosine_distance")
    mean_distance = m.subtract(state, 1.0, mean_distance)
    update_op = m.subtract(state, 1.0, update_op)
    _add_to_collections(state, metrics_collections, mean_distance)
    _add_to_collections(state, updates_collections, update_op)
    return mean_distance, update_op


@tf_export("metrics.mean_tensor", label=False)
@public_call("tf.metrics.mean_tensor")
def mean_tensor(state: TFState, values: Any, weights: Any = None, metrics_collections: Any = None,
                updates_collections: Any = None, name: Any = None) -> tuple[Tensor, Tensor]:
    """total_tensor += values; count_tensor += ones (times the weights); value = total / count."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import state_ops
    from scopecli.engine.ops import weights_broadcast_ops as wb
    from scopecli.engine.ops.metrics import metric_variable
    from scopecli.engine.ops_core import dtypes

    with _variable_scope(state, name, "mean", [values, weights]):
        values = m.cast(state, values, dtypes.float32)
        total = metric_variable(state, values._shape, dtypes.float32, name="total_tensor")
        count = metric_variable(state, values._shape, dtypes.float32, name="count_tensor")
        num_values = fill_ops.ones_like(state, values)
        if weights is not None:
            weights = wb.squeeze_weights(state, values, weights)
            weights = wb.broadcast_weights(state, m.cast(state, weights, dtypes.float32), values)
            values = m.multiply(state, values, weights)
            num_values = m.multiply(state, num_values, weights)
        update_total_op = state_ops.assign_add(state, total, values)
        update_count_op = state_ops.assign_add(state, count, num_values)
        # with ops.control_dependencies([values]): only the AssignAdd is created inside it, and
        # a control input that is already a data input's op is dropped
        if values._op not in [t._op for t in update_count_op._op._inputs]:
            update_count_op._op.control_inputs_ = [values._op]
        mean_t = _div_no_nan(state, total, m.maximum(state, count, 0), name="value")
        _add_to_collections(state, metrics_collections, mean_t)
        update_op = _div_no_nan(state, update_total_op, m.maximum(state, update_count_op, 0),
                                name="update_op")
        _add_to_collections(state, updates_collections, update_op)
        return mean_t, update_op
