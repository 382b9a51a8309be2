"""tf.metrics over class ids (TF's metrics_impl.mean_per_class_accuracy): per-class local
variables updated by ScatterAdd, built as TF builds them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.metrics import _add_to_collections, _div_no_nan, _variable_scope
from scopecli.errors import tf_value_error

if TYPE_CHECKING:
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
