"""Model.compile in a TF1 graph (tf_keras/src/engine/training_v1.py) and the optimizer objects
it takes (tf.keras.optimizers.*, which build nothing until a training function is made).

compile builds what TF builds before any fit: the `<output>_target` placeholder and, under
`loss/<output>_loss`, the loss function wrapped as training_v1 wraps a string or function loss
(LossFunctionWrapper, reduction SUM_OVER_BATCH_SIZE: compute_weighted_loss with a sample weight
of 1.0, reduce_weighted_loss's sum and divide_no_nan), times the loss weight, plus the layers'
regularization losses; `model.total_loss` is the result. Metrics (their variables and update
ops), several outputs, sample weights and fit/train_on_batch are not built yet: refused by name.
"""

from __future__ import annotations

import functools

from scopecli.engine import operators  # noqa: F401 - the Python operators on tensors
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.errors import InputError, tf_value_error
from scopecli.model import ClassRef, Exposed

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

_LOSSES = {
    "mse": "mean_squared_error", "mean_squared_error": "mean_squared_error", "MSE": "mean_squared_error",
    "mae": "mean_absolute_error", "mean_absolute_error": "mean_absolute_error", "MAE": "mean_absolute_error",
    "binary_crossentropy": "binary_crossentropy", "categorical_crossentropy": "categorical_crossentropy",
    "sparse_categorical_crossentropy": "sparse_categorical_crossentropy",
}
# The tf.keras.optimizers classes (the legacy ones tf-keras gives TF1 code) and their default
# learning rates; compile keeps the object, nothing is built until training.
_OPTIMIZERS = {"SGD": 0.01, "Adam": 0.001, "RMSprop": 0.001, "Adagrad": 0.001, "Adadelta": 0.001,
               "Adamax": 0.001, "Nadam": 0.001, "Ftrl": 0.001}
_OPTIMIZER_NAMES = {name.lower(): name for name in _OPTIMIZERS}


class KerasOptimizer(Exposed):
    """A tf.keras optimizer object: its name and hyperparameters (`lr` is the old learning_rate).
    Reading `opt.lr` in TF makes a `learning_rate` variable; scopecli does not expose it yet."""

    TYPE_NAME = "OptimizerV2"

    def __init__(self, kind: str, learning_rate: Any = None, **kwargs: Any):
        self.kind = kind
        lr = kwargs.pop("lr", None)
        self.learning_rate_ = learning_rate if learning_rate is not None else (
            lr if lr is not None else _OPTIMIZERS[kind])
        self.config = kwargs

    def __repr__(self) -> str:
        return f"<tf_keras.src.optimizers.legacy.{self.kind.lower()}.{self.kind} object>"


# One class per optimizer, so type(opt).__name__ is "Adam" as in TF.
_CLASSES = {kind: type(kind, (KerasOptimizer,), {"TYPE_NAME": kind}) for kind in _OPTIMIZERS}
for _kind, _cls in _CLASSES.items():
    export_value(f"keras.optimizers.{_kind}", make=functools.partial(
        lambda kind, cls, state: ClassRef(kind, cls, functools.partial(cls, kind)), _kind, _cls))


@tf_export("keras.backend.placeholder", label=False)
def placeholder(state: TFState, shape: Any = None, ndim: Any = None, dtype: Any = None, sparse: Any = False,
                name: Any = None, ragged: Any = False) -> Tensor:
    """backend.placeholder in a graph: tf.compat.v1.placeholder, `ndim` unknown dimensions if no shape."""
    from scopecli.engine.ops.array_shape_ops import placeholder as tf_placeholder

    if sparse or ragged:
        raise InputError("tf.keras.backend.placeholder(sparse/ragged=True) is not supported by scopecli yet")
    if shape is None and ndim:
        shape = (None,) * int(ndim)
    return tf_placeholder(state, dtype or "float32", shape, name)


def _loss_function(state: TFState, loss: Any) -> Any:
    """training_utils_v1.get_loss_function: a name or a function of (y_true, y_pred)."""
    from scopecli.engine.keras import losses

    if isinstance(loss, str):
        if loss not in _LOSSES:
            raise InputError(f"Model.compile(loss={loss!r}) is not supported by scopecli yet")
        return functools.partial(getattr(losses, _LOSSES[loss]), state)
    if callable(loss):
        return loss
    raise InputError(f"Model.compile with a loss of type {type(loss).__name__} (a dict, list or Loss object) "
                     "is not supported by scopecli yet")


def _optimizer(optimizer: Any) -> Any:
    if isinstance(optimizer, str):
        kind = _OPTIMIZER_NAMES.get(optimizer.lower())
        if kind is None:
            raise tf_value_error(f"Could not interpret optimizer identifier: {optimizer}")
        return _CLASSES[kind](kind)
    return optimizer


def compile_model(model: Any, optimizer: Any = "rmsprop", loss: Any = None, metrics: Any = None,
                  loss_weights: Any = None, sample_weight_mode: Any = None, weighted_metrics: Any = None,
                  target_tensors: Any = None, **kwargs: Any) -> None:
    """training_v1.Model.compile for one output: the target placeholder, then the total loss."""
    from scopecli.engine.keras.base_layer import node_of
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.array_shape_ops import placeholder as tf_placeholder
    from scopecli.engine.ops.losses import div_no_nan
    from scopecli.engine.ops.math_arith_ops import cast, multiply
    from scopecli.engine.ops_core import convert_to_tensor

    state = model.state
    metrics = list(metrics or [])
    if weighted_metrics or any(m not in ("accuracy", "acc") for m in metrics):
        raise InputError("Model.compile with metrics other than 'accuracy' is not supported by scopecli yet")
    if loss is None or any(x is not None for x in (loss_weights, sample_weight_mode, target_tensors)):
        raise InputError("Model.compile without a loss, or with loss_weights, sample_weight_mode or "
                         "target_tensors, is not supported by scopecli yet")
    outputs = model.outputs_
    if len(outputs) != 1:
        raise InputError("Model.compile of a model with several outputs is not supported by scopecli yet")
    output = outputs[0]
    node = node_of(output)
    output_name = node.layer.name if node is not None else "output"
    loss_fn = _loss_function(state, loss)
    model.optimizer_ = _optimizer(optimizer)
    rank = output._shape.ndims
    target = tf_placeholder(state, output.dtype.base_dtype, None if rank is None else (None,) * rank,
                            f"{output_name}_target")
    model.metrics_tensors_ = [_accuracy_metric(state, target, output, loss) for _ in metrics]
    with name_scope(state, "loss", None, []):
        with name_scope(state, f"{output_name}_loss", None, []):
            per_sample_losses = loss_fn(target, output)
            with name_scope(state, "weighted_loss", None, []):  # compute_weighted_loss(..., NONE)
                losses = convert_to_tensor(state, per_sample_losses)
                sample_weight = cast(state, convert_to_tensor(state, 1.0), losses.dtype)
                weighted_losses = multiply(state, losses, sample_weight)
            total = red.reduce_sum(state, weighted_losses)  # reduce_weighted_loss(SUM_OVER_BATCH_SIZE)
            with name_scope(state, "num_elements", None, []) as scope:
                num_elements = cast(state, shape_ops.size(state, weighted_losses, name=scope), losses.dtype)
            output_loss = div_no_nan(state, red.reduce_sum(state, total), num_elements, name="value")
        loss_list = [1.0 * output_loss]
        # get_losses_for(None) + get_losses_for(inputs): each reads `model.losses`, which builds
        # the regularization losses anew; the weight penalties are all unconditional (the first)
        custom_losses = model.losses
        _ = model.losses
        if custom_losses:  # the layers' regularization losses
            loss_list.append(red.add_n(state, custom_losses))
        total_loss = red.add_n(state, loss_list)
    model.target_ = target
    model.total_loss_ = total_loss
    model.loss_ = loss


def _accuracy_metric(state: TFState, target: Tensor, output: Tensor, loss: Any) -> Tensor:
    """compile's 'accuracy': training_utils_v1.get_metric_function picks binary (one output unit
    or a binary_crossentropy loss), sparse categorical or categorical accuracy, wrapped in a
    MeanMetricWrapper named "acc" whose `total` and `count` are resource variables in no
    collection; its call updates both (AssignAddVariableOp) and returns div_no_nan(total, count)."""
    from scopecli.engine.framework.control_dependencies import controlled_in
    from scopecli.engine.keras import losses
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.array_fill_ops import zeros
    from scopecli.engine.ops.losses import div_no_nan
    from scopecli.engine.ops.math_arith_ops import cast
    from scopecli.engine.ops.resource_variable_ops import make_resource_variable

    dims = output._shape.dims_
    if (dims and dims[-1] == 1) or loss == "binary_crossentropy":
        accuracy = losses.binary_accuracy
    elif loss == "sparse_categorical_crossentropy":
        accuracy = losses.sparse_categorical_accuracy
    else:
        accuracy = losses.categorical_accuracy
    dtype = output.dtype.base_dtype
    graph = state.graph
    total, count = (make_resource_variable(state, lambda: zeros(state, [], dtype), trainable=False,
                                           collections=[], name=name, dtype=dtype)
                    for name in ("total", "count"))
    with name_scope(state, "metrics", None, []), name_scope(state, "acc", None, []):
        values = accuracy(state, target, output)  # MeanMetricWrapper.update_state -> Reduce
        value_sum = red.reduce_sum(state, values)
        with controlled_in(graph, [value_sum]):
            update_total = total.assign_add(value_sum)
        num_values = cast(state, shape_ops.size(state, values), dtype)
        with controlled_in(graph, [update_total.parent_op]):
            update_count = count.assign_add(num_values)
        with controlled_in(graph, [update_count.snapshot]):
            result = div_no_nan(state, total, count)
        return shape_ops.identity(state, result)
