"""tf.keras's loss and accuracy functions in a TF1 graph (tf_keras/src/losses.py, backend.py,
metrics/accuracy_metrics.py, utils/metrics_utils.py): categorical, sparse categorical and
binary cross-entropy (from the Softmax/Sigmoid's logits when the output is one, as
backend._get_logits does), mean squared / absolute error, and the accuracies."""

from __future__ import annotations

from scopecli.engine import operators  # noqa: F401 - the Python operators on tensors
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops import math_unary_ops as mu
from scopecli.engine.ops import reduction_ops as red
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

_EPSILON = 1e-07  # backend.epsilon()


def _get_logits(output: Tensor, from_logits: bool, op_type: str) -> tuple[Tensor, bool]:
    """backend._get_logits: the input of a Softmax/Sigmoid output is used as logits."""
    if output._op._type == op_type:
        return output._op._inputs[0], True
    return output, from_logits


def _mean(state: TFState, x: Tensor, axis: Any = None, keepdims: bool = False) -> Tensor:
    """backend.mean: bools are cast to floatx first."""
    if x.dtype.base_dtype == dtypes.bool_:
        x = m.cast(state, x, dtypes.float32)
    return red.reduce_mean(state, x, axis, keepdims)


def _smart_labels(state: TFState, label_smoothing: Tensor, smooth: Any, y_true: Tensor) -> Tensor:
    from scopecli.engine.ops.cond import smart_cond

    return smart_cond(state, label_smoothing, smooth, lambda: y_true)


@tf_export("keras.backend.categorical_crossentropy", label=False)
def backend_categorical_crossentropy(state: TFState, target: Any, output: Any, from_logits: bool = False,
                                     axis: int = -1) -> Tensor:
    from scopecli.engine.ops.clip_ops import clip_by_value
    from scopecli.engine.ops.nn_xent import softmax_cross_entropy_with_logits_v2

    target = convert_to_tensor(state, target)
    output = convert_to_tensor(state, output)
    if not target._shape.is_compatible_with(output._shape):
        raise tf_value_error(f"Shapes {target._shape} and {output._shape} are incompatible")
    output, from_logits = _get_logits(output, from_logits, "Softmax")
    if from_logits:
        return softmax_cross_entropy_with_logits_v2(state, labels=target, logits=output, axis=axis)
    output = output / red.reduce_sum(state, output, axis, True)
    epsilon_ = constant(state, _EPSILON, dtype=output.dtype.base_dtype)
    output = clip_by_value(state, output, epsilon_, 1.0 - epsilon_)
    return -red.reduce_sum(state, target * mu.log(state, output), axis)


@tf_export("keras.backend.sparse_categorical_crossentropy", label=False)
def backend_sparse_categorical_crossentropy(state: TFState, target: Any, output: Any,
                                            from_logits: bool = False, axis: int = -1,
                                            ignore_class: Any = None) -> Tensor:
    from scopecli.engine.ops.clip_ops import clip_by_value
    from scopecli.engine.ops.nn_xent import sparse_softmax_cross_entropy_with_logits
    from scopecli.engine.ops.tensor_getitem_override import getitem
    from scopecli.errors import InputError

    if ignore_class is not None:
        raise InputError("tf.keras sparse_categorical_crossentropy with ignore_class is not supported by "
                         "scopecli yet")
    target = convert_to_tensor(state, target)
    output = convert_to_tensor(state, output)
    target = m.cast(state, target, dtypes.int64)
    output, from_logits = _get_logits(output, from_logits, "Softmax")
    if not from_logits:
        epsilon_ = constant(state, _EPSILON, dtype=output.dtype.base_dtype)
        output = clip_by_value(state, output, epsilon_, 1 - epsilon_)
        output = mu.log(state, output)
    output_rank = output._shape.ndims
    if output_rank is not None:
        axis %= output_rank
        if axis != output_rank - 1:
            permutation = [*range(axis), *range(axis + 1, output_rank), axis]
            output = shape_ops.transpose(state, output, perm=permutation)
    elif axis != -1:
        raise tf_value_error(f"Cannot compute sparse categorical crossentropy with `axis={axis}` on an "
                             "output tensor with unknown rank")
    output_shape = shape_ops.shape(state, output)
    target_rank = target._shape.ndims
    update_shape = target_rank is not None and output_rank is not None and target_rank != output_rank - 1
    if update_shape:
        target = shape_ops.reshape(state, target, [-1])  # backend.flatten
        output = shape_ops.reshape(state, output, [-1, getitem(output_shape, -1)])
    res = sparse_softmax_cross_entropy_with_logits(state, labels=target, logits=output)
    if update_shape and output_rank is not None and output_rank >= 3:
        res = shape_ops.reshape(state, res, getitem(output_shape, slice(None, -1)))
    return res


@tf_export("keras.backend.binary_crossentropy", label=False)
def backend_binary_crossentropy(state: TFState, target: Any, output: Any,
                                from_logits: bool = False) -> Tensor:
    from scopecli.engine.ops.clip_ops import clip_by_value
    from scopecli.engine.ops.nn_impl import sigmoid_cross_entropy_with_logits

    target = convert_to_tensor(state, target)
    output = convert_to_tensor(state, output)
    output, from_logits = _get_logits(output, from_logits, "Sigmoid")
    if from_logits:
        return sigmoid_cross_entropy_with_logits(state, labels=target, logits=output)
    epsilon_ = constant(state, _EPSILON, dtype=output.dtype.base_dtype)
    output = clip_by_value(state, output, epsilon_, 1.0 - epsilon_)
    bce = target * mu.log(state, output + _EPSILON)
    bce += (1 - target) * mu.log(state, 1 - output + _EPSILON)
    return -bce


@tf_export("keras.losses.categorical_crossentropy", "keras.metrics.categorical_crossentropy", label=False)
def categorical_crossentropy(state: TFState, y_true: Any, y_pred: Any, from_logits: bool = False,
                             label_smoothing: Any = 0.0, axis: int = -1) -> Tensor:
    if isinstance(axis, bool):
        raise tf_value_error(f"`axis` must be of type `int`. Received: axis={axis} of type <class 'bool'>")
    y_pred = convert_to_tensor(state, y_pred)
    y_true = m.cast(state, y_true, y_pred.dtype)
    label_smoothing = convert_to_tensor(state, label_smoothing, dtype=y_pred.dtype)

    def _smooth_labels() -> Tensor:
        from scopecli.engine.ops.tensor_getitem_override import getitem

        num_classes = m.cast(state, getitem(shape_ops.shape(state, y_true), axis), y_pred.dtype)
        return y_true * (1.0 - label_smoothing) + (label_smoothing / num_classes)

    y_true = _smart_labels(state, label_smoothing, _smooth_labels, y_true)
    return backend_categorical_crossentropy(state, y_true, y_pred, from_logits=from_logits, axis=axis)


@tf_export("keras.losses.sparse_categorical_crossentropy", "keras.metrics.sparse_categorical_crossentropy",
           label=False)
def sparse_categorical_crossentropy(state: TFState, y_true: Any, y_pred: Any, from_logits: bool = False,
                                    axis: int = -1, ignore_class: Any = None) -> Tensor:
    return backend_sparse_categorical_crossentropy(state, y_true, y_pred, from_logits=from_logits,
                                                   ignore_class=ignore_class, axis=axis)


@tf_export("keras.losses.binary_crossentropy", "keras.metrics.binary_crossentropy", label=False)
def binary_crossentropy(state: TFState, y_true: Any, y_pred: Any, from_logits: bool = False,
                        label_smoothing: Any = 0.0, axis: int = -1) -> Tensor:
    y_pred = convert_to_tensor(state, y_pred)
    y_true = m.cast(state, y_true, y_pred.dtype)
    label_smoothing = convert_to_tensor(state, label_smoothing, dtype=y_pred.dtype)

    def _smooth_labels() -> Tensor:
        return y_true * (1.0 - label_smoothing) + 0.5 * label_smoothing

    y_true = _smart_labels(state, label_smoothing, _smooth_labels, y_true)
    losses = backend_binary_crossentropy(state, y_true, y_pred, from_logits=from_logits)
    return _mean(state, losses, axis=axis)


@tf_export("keras.losses.mean_squared_error", "keras.losses.mse", "keras.losses.MSE",
           "keras.metrics.mean_squared_error", "keras.metrics.mse", "keras.metrics.MSE", label=False)
def mean_squared_error(state: TFState, y_true: Any, y_pred: Any) -> Tensor:
    from scopecli.engine.ops.losses import squared_difference

    y_pred = convert_to_tensor(state, y_pred)
    y_true = m.cast(state, y_true, y_pred.dtype)
    return _mean(state, squared_difference(state, y_pred, y_true), axis=-1)


@tf_export("keras.losses.mean_absolute_error", "keras.losses.mae", "keras.losses.MAE",
           "keras.metrics.mean_absolute_error", "keras.metrics.mae", "keras.metrics.MAE", label=False)
def mean_absolute_error(state: TFState, y_true: Any, y_pred: Any) -> Tensor:
    y_pred = convert_to_tensor(state, y_pred)
    y_true = m.cast(state, y_true, y_pred.dtype)
    return _mean(state, mu.abs_(state, y_pred - y_true), axis=-1)


def _sparse_categorical_matches(state: TFState, y_true: Any, y_pred: Any) -> Tensor:
    """metrics_utils.sparse_categorical_matches: 1.0 where argmax(y_pred) is the label."""
    reshape_matches = False
    y_pred = convert_to_tensor(state, y_pred)
    y_true = convert_to_tensor(state, y_true)
    y_true_org_shape = shape_ops.shape(state, y_true)
    y_pred_rank, y_true_rank = y_pred._shape.ndims, y_true._shape.ndims
    if y_true_rank is not None and y_pred_rank is not None and y_true_rank == y_pred_rank:
        y_true = shape_ops.squeeze(state, y_true, [-1])
        reshape_matches = True
    y_pred = red.argmax(state, y_pred, axis=-1)
    if y_pred.dtype.base_dtype != y_true.dtype.base_dtype:
        y_pred = m.cast(state, y_pred, y_true.dtype)
    matches = m.cast(state, m.equal(state, y_true, y_pred), dtypes.float32)
    if reshape_matches:
        matches = shape_ops.reshape(state, matches, shape=y_true_org_shape)
    return matches


@tf_export("keras.metrics.categorical_accuracy", label=False)
def categorical_accuracy(state: TFState, y_true: Any, y_pred: Any) -> Tensor:
    return _sparse_categorical_matches(state, red.argmax(state, y_true, axis=-1), y_pred)


@tf_export("keras.metrics.sparse_categorical_accuracy", label=False)
def sparse_categorical_accuracy(state: TFState, y_true: Any, y_pred: Any) -> Tensor:
    matches = _sparse_categorical_matches(state, y_true, y_pred)
    dims = matches._shape.dims_
    if dims is not None and len(dims) > 1 and dims[-1] == 1:
        matches = shape_ops.squeeze(state, matches, [-1])
    return matches


@tf_export("keras.metrics.binary_accuracy", label=False)
def binary_accuracy(state: TFState, y_true: Any, y_pred: Any, threshold: Any = 0.5) -> Tensor:
    """metrics_utils.binary_matches averaged over the last axis."""
    y_pred = convert_to_tensor(state, y_pred)
    threshold = m.cast(state, threshold, y_pred.dtype)
    y_pred = m.cast(state, y_pred > threshold, y_pred.dtype)
    matches = m.cast(state, m.equal(state, y_true, y_pred), dtypes.float32)
    return red.reduce_mean(state, matches, axis=-1)
