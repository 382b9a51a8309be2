"""tf.losses' cross-entropy losses (TF's losses_impl.py): sigmoid_cross_entropy,
softmax_cross_entropy and sparse_softmax_cross_entropy, each a tf.nn cross entropy named
"xentropy" inside the loss scope, handed to losses.compute_weighted_loss."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.losses import LOSSES, _check_args, compute_weighted_loss
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("losses.sigmoid_cross_entropy")
def sigmoid_cross_entropy(state: TFState, multi_class_labels: Any, logits: Any, weights: Any = 1.0,
                          label_smoothing: Any = 0, scope: Any = None, loss_collection: Any = LOSSES,
                          reduction: Any = "weighted_sum_by_nonzero_weights") -> Tensor:
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import nn_impl as nn_impl

    if multi_class_labels is None:
        raise tf_value_error("Argument `multi_class_labels` must not be None.")
    if logits is None:
        raise tf_value_error("Argument `logits` must not be None.")
    values = [logits, multi_class_labels, weights]
    with name_scope(state, scope, "sigmoid_cross_entropy_loss", values) as scope:
        logits = convert_to_tensor(state, logits)
        labels = m.cast(state, multi_class_labels, logits._dtype.base_dtype)
        if not logits._shape.is_compatible_with(labels._shape):
            raise tf_value_error(f"Shapes {logits._shape} and {labels._shape} are incompatible")
        if label_smoothing > 0:
            kept = m.operator_binary(state, "mul", m.multiply, labels, 1 - label_smoothing)
            labels = m.operator_binary(state, "add", m.add_dispatch, kept, 0.5 * label_smoothing)
        losses = nn_impl.sigmoid_cross_entropy_with_logits(state, labels=labels, logits=logits,
                                                           name="xentropy")
        return compute_weighted_loss(state, losses, weights, scope, loss_collection, reduction=reduction)


@tf_export("losses.softmax_cross_entropy")
def softmax_cross_entropy(state: TFState, onehot_labels: Any, logits: Any, weights: Any = 1.0,
                          label_smoothing: Any = 0, scope: Any = None, loss_collection: Any = LOSSES,
                          reduction: Any = "weighted_sum_by_nonzero_weights") -> Tensor:
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.math_ops import stop_gradient
    from scopecli.engine.ops.nn_xent import softmax_cross_entropy_with_logits_v2

    if onehot_labels is None:
        raise tf_value_error("Argument `onehot_labels` must not be None.")
    if logits is None:
        raise tf_value_error("Argument `logits` must not be None.")
    with name_scope(state, scope, "softmax_cross_entropy_loss", [logits, onehot_labels, weights]) as scope:
        logits = convert_to_tensor(state, logits)
        labels = m.cast(state, onehot_labels, logits._dtype.base_dtype)
        if not logits._shape.is_compatible_with(labels._shape):
            raise tf_value_error(f"Shapes {logits._shape} and {labels._shape} are incompatible")
        if label_smoothing > 0:  # the labels pulled towards 1 / num_classes
            from scopecli.engine.ops import array_shape_ops as shape_ops
            from scopecli.engine.ops.tensor_getitem_override import getitem

            num_classes = m.cast(state, getitem(shape_ops.shape(state, labels), -1), logits._dtype.base_dtype)
            smooth_positives = 1.0 - label_smoothing
            smooth_negatives = m.operator_reflected(state, "truediv", m.truediv, num_classes, label_smoothing)
            kept = m.operator_binary(state, "mul", m.multiply, labels, smooth_positives)
            labels = m.operator_binary(state, "add", m.add_dispatch, kept, smooth_negatives)
        labels = stop_gradient(state, labels, name="labels_stop_gradient")
        losses = softmax_cross_entropy_with_logits_v2(state, labels=labels, logits=logits, name="xentropy")
        return compute_weighted_loss(state, losses, weights, scope, loss_collection, reduction=reduction)


def _remove_squeezable_dimensions(state: TFState, labels: Any, predictions: Any, weights: Any,
                                  expected_rank_diff: int) -> tuple[Any, Any, Any]:
    """losses_impl._remove_squeezable_dimensions over confusion_matrix's, static ranks only."""
    from scopecli.engine.ops import array_shape_ops as shape_ops

    with name_scope(state, None, "remove_squeezable_dimensions", [labels, predictions]):
        predictions = convert_to_tensor(state, predictions)
        labels = convert_to_tensor(state, labels)
        p_rank, l_rank = predictions._shape.ndims, labels._shape.ndims
        if p_rank is None or l_rank is None:
            raise InputError("tf.losses.sparse_softmax_cross_entropy with labels or logits of unknown rank "
                             "is not supported by scopecli yet")
        diff = p_rank - l_rank
        if diff == expected_rank_diff + 1 and predictions._shape.dims_[-1] in (None, 1):  # type: ignore[index]
            predictions = shape_ops.squeeze(state, predictions, [-1])
        elif diff == expected_rank_diff - 1 and labels._shape.dims_[-1] in (None, 1):  # type: ignore[index]
            labels = shape_ops.squeeze(state, labels, [-1])
    if weights is not None:
        weights = convert_to_tensor(state, weights)
        w_rank = weights._shape.ndims
        if w_rank is None:
            raise InputError("tf.losses with weights of unknown rank is not supported by scopecli yet")
        if w_rank - labels._shape.ndims == 1:
            weights = shape_ops.squeeze(state, weights, [-1])
    return labels, predictions, weights


@tf_export("losses.sparse_softmax_cross_entropy")
def sparse_softmax_cross_entropy(state: TFState, labels: Any, logits: Any, weights: Any = 1.0,
                                 scope: Any = None, loss_collection: Any = LOSSES,
                                 reduction: Any = "weighted_sum_by_nonzero_weights") -> Tensor:
    from scopecli.engine.ops.nn_xent import sparse_softmax_cross_entropy_with_logits

    _check_args(labels, logits, "logits")
    with name_scope(state, scope, "sparse_softmax_cross_entropy_loss", [logits, labels, weights]) as scope:
        labels, logits, weights = _remove_squeezable_dimensions(state, labels, logits, weights, 1)
        losses = sparse_softmax_cross_entropy_with_logits(state, labels=labels, logits=logits,
                                                          name="xentropy")
        return compute_weighted_loss(state, losses, weights, scope, loss_collection, reduction=reduction)
