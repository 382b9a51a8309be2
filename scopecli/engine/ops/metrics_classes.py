"""tf.metrics over class ids (TF's metrics_impl.mean_per_class_accuracy): per-class local
variables updated by ScatterAdd, built as TF builds them."""

from __future__ import annotations

from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.metrics import _add_to_collections, _div_no_nan, _variable_scope
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops_core import Tensor


def _flatten_if_ranked_above_1(state: TFState, tensor: Tensor) -> Tensor:
    """`if x.get_shape().ndims > 1: x = reshape(x, [-1])` (an unknown rank stays as it is)."""
    from scopecli.engine.ops import array_shape_ops as shape_ops

    dims = tensor._shape.dims_
    return shape_ops.reshape(state, tensor, [-1]) if dims is not None and len(dims) > 1 else tensor


def _assert_compatible(a: Tensor, b: Tensor) -> None:
    if not a._shape.is_compatible_with(b._shape):
        raise tf_value_error(f"Shapes {a._shape} and {b._shape} are incompatible")


@tf_export("metrics.mean_per_class_accuracy", label=False)
@public_call("tf.metrics.mean_per_class_accuracy")
def mean_per_class_accuracy(state: TFState, labels: Any, predictions: Any, num_classes: Any,
                            weights: Any = None, metrics_collections: Any = None,
                            updates_collections: Any = None, name: Any = None) -> tuple[Tensor, Tensor]:
    """total[c] += weight of each example of class c; count[c] += weight of the correct ones;
    value = mean(div_no_nan(count, maximum(total, 0)))."""
    from scopecli.engine import gen
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.metrics import metric_variable
    from scopecli.engine.ops_core import convert_to_tensor, dtypes

    with _variable_scope(state, name, "mean_accuracy", [predictions, labels, weights]):
        labels = _flatten_if_ranked_above_1(state, m.cast(state, labels, dtypes.int64))
        predictions = _flatten_if_ranked_above_1(state, convert_to_tensor(state, predictions))
        _assert_compatible(predictions, labels)
        total = metric_variable(state, [num_classes], dtypes.float32, name="total")
        count = metric_variable(state, [num_classes], dtypes.float32, name="count")
        ones = fill_ops.ones(state, [shape_ops.size(state, labels)], dtypes.float32)
        if labels._dtype is not predictions._dtype:
            predictions = m.cast(state, predictions, labels._dtype)
        is_correct = m.cast(state, m.equal(state, predictions, labels), dtypes.float32)
        if weights is not None:
            weights = _flatten_if_ranked_above_1(state, convert_to_tensor(state, weights))
            weights = m.cast(state, weights, dtypes.float32)
            is_correct = m.operator_binary(state, "mul", m.multiply, is_correct, weights)
            ones = m.operator_binary(state, "mul", m.multiply, ones, weights)
        scatter_add = gen.op("ScatterAdd")
        update_total_op = scatter_add(state, total.to_tensor(as_ref=True), labels, ones)
        update_count_op = scatter_add(state, count.to_tensor(as_ref=True), labels, is_correct)
        per_class_accuracy = _div_no_nan(state, count, m.maximum(state, total, 0), name=None)
        mean_accuracy_v = red.reduce_mean(state, per_class_accuracy, name="mean_accuracy")
        _add_to_collections(state, metrics_collections, mean_accuracy_v)
        update_op = _div_no_nan(state, update_count_op, m.maximum(state, update_total_op, 0),
                                name="update_op")
        _add_to_collections(state, updates_collections, update_op)
        return mean_accuracy_v, update_op


def _remove_squeezable_dimensions(state: TFState, labels: Tensor, predictions: Tensor
                                  ) -> tuple[Tensor, Tensor]:
    """confusion_matrix.remove_squeezable_dimensions(labels, predictions), expected_rank_diff 0."""
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.metrics import _squeeze_by_dynamic_rank

    with name_scope(state, None, "remove_squeezable_dimensions", [labels, predictions]):
        pred_dims, label_dims = predictions._shape.dims_, labels._shape.dims_
        last = pred_dims[-1] if pred_dims else None
        label_last = label_dims[-1] if label_dims else None
        if pred_dims is None or label_dims is None:
            predictions, labels = _squeeze_by_dynamic_rank(state, predictions, labels, last, label_last)
        elif len(pred_dims) - len(label_dims) == 1 and last in (None, 1):
            predictions = shape_ops.squeeze(state, predictions, [-1])
        elif len(pred_dims) - len(label_dims) == -1 and label_last in (None, 1):
            labels = shape_ops.squeeze(state, labels, [-1])
    return labels, predictions


@tf_export("math.confusion_matrix", "confusion_matrix", label=False)
@public_call("tf.math.confusion_matrix")
def confusion_matrix(state: TFState, labels: Any, predictions: Any, num_classes: Any = None,
                     weights: Any = None, dtype: Any = None, name: Any = None) -> Tensor:
    """ScatterNd of ones (or the weights) at [label, prediction] into [num_classes, num_classes],
    the ids guarded by assert_non_negative / assert_less through with_dependencies."""
    from scopecli.engine import gen
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.grads import gather_grad  # noqa: F401 - registers ScatterNd's shape function
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import check_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.cond_context import with_dependencies
    from scopecli.engine.ops_core import convert_to_tensor, dtypes

    dtype = dtypes.int32 if dtype is None else dtypes.as_dtype(dtype)
    with name_scope(state, name, "confusion_matrix", [predictions, labels, num_classes, weights]):
        labels = convert_to_tensor(state, labels, name="labels")
        labels, predictions = _remove_squeezable_dimensions(
            state, labels, convert_to_tensor(state, predictions, name="predictions"))
        predictions = m.cast(state, predictions, dtypes.int64)
        labels = m.cast(state, labels, dtypes.int64)
        labels = with_dependencies(state, [check_ops.assert_non_negative(
            state, labels, message="`labels` contains negative values")], labels)
        predictions = with_dependencies(state, [check_ops.assert_non_negative(
            state, predictions, message="`predictions` contains negative values")], predictions)
        if num_classes is None:
            num_classes = m.maximum(state, red.reduce_max(state, predictions),
                                    red.reduce_max(state, labels)) + 1
        else:
            num_classes_int64 = m.cast(state, num_classes, dtypes.int64)
            labels = with_dependencies(state, [check_ops.assert_less(
                state, labels, num_classes_int64, message="`labels` out of bound")], labels)
            predictions = with_dependencies(state, [check_ops.assert_less(
                state, predictions, num_classes_int64, message="`predictions` out of bound")], predictions)
        if weights is not None:
            weights = convert_to_tensor(state, weights, name="weights")
            _assert_compatible(predictions, weights)
            weights = m.cast(state, weights, dtype)
        shape = join.stack(state, [num_classes, num_classes])
        indices = join.stack(state, [labels, predictions], axis=1)
        values = fill_ops.ones_like(state, predictions, dtype) if weights is None else weights
        return gen.op("ScatterNd")(state, indices, values, m.cast(state, shape, dtypes.int64))


@tf_export("metrics.mean_iou", label=False)
@public_call("tf.metrics.mean_iou")
def mean_iou(state: TFState, labels: Any, predictions: Any, num_classes: Any, weights: Any = None,
             metrics_collections: Any = None, updates_collections: Any = None,
             name: Any = None) -> tuple[Tensor, Tensor]:
    """A float64 [num_classes, num_classes] total_confusion_matrix += confusion_matrix(...);
    value = mean over the classes seen of diag / (row sum + column sum - diag)."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops import state_ops
    from scopecli.engine.ops.linalg_ops import tensor_diag_part as diag_part
    from scopecli.engine.ops.metrics import metric_variable
    from scopecli.engine.ops_core import Tensor, dtypes

    with _variable_scope(state, name, "mean_iou", [predictions, labels, weights]):
        for value in (predictions, labels):
            if not isinstance(value, Tensor):  # TF calls predictions.get_shape() as given
                from scopecli.errors import ScenarioError

                raise ScenarioError("AttributeError",
                                    f"'{type(value).__name__}' object has no attribute 'get_shape'")
        _assert_compatible(predictions, labels)
        # _streaming_confusion_matrix
        total_cm = metric_variable(state, [num_classes, num_classes], dtypes.float64,
                                   name="total_confusion_matrix")
        predictions = m.cast(state, predictions, dtypes.int64)
        labels = m.cast(state, labels, dtypes.int64)
        num_classes_t = m.cast(state, num_classes, dtypes.int64)
        predictions = _flatten_if_ranked_above_1(state, predictions)
        labels = _flatten_if_ranked_above_1(state, labels)
        if weights is not None:
            weights = _flatten_if_ranked_above_1(state, weights)
        current_cm = confusion_matrix(state, labels, predictions, num_classes_t, weights=weights,
                                      dtype=dtypes.float64)
        update_op = state_ops.assign_add(state, total_cm, current_cm)
        # compute_mean_iou
        sum_over_row = m.cast(state, red.reduce_sum(state, total_cm, 0), dtypes.float32)
        sum_over_col = m.cast(state, red.reduce_sum(state, total_cm, 1), dtypes.float32)
        cm_diag = m.cast(state, diag_part(state, total_cm), dtypes.float32)
        denominator = sum_over_row + sum_over_col - cm_diag
        num_valid_entries = red.reduce_sum(
            state, m.cast(state, m.not_equal(state, denominator, 0), dtypes.float32))
        denominator = join.where(state, m.greater(state, denominator, 0), denominator,
                                 fill_ops.ones_like(state, denominator))
        iou = m.divide(state, cm_diag, denominator)
        result = join.where(state, m.greater(state, num_valid_entries, 0),
                            red.reduce_sum(state, iou, name="mean_iou") / num_valid_entries, 0)
        _add_to_collections(state, metrics_collections, result)
        _add_to_collections(state, updates_collections, update_op)
        return result, update_op
