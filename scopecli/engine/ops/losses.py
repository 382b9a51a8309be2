"""tf.losses (TF's ops/losses/losses_impl.py, util.py, weights_broadcast_ops.py): the v1 loss
functions, compute_weighted_loss with every Reduction, and the LOSSES collection helpers.

Each loss opens its own scope (`mean_squared_error/`), computes the element-wise losses and
hands them to compute_weighted_loss, which re-enters that scope, checks the weights statically
(assert_broadcastable: a `static_scalar_check_success` NoOp every later op depends on), reduces
and adds the result to GraphKeys.LOSSES. Weights whose shape only a runtime check could accept
are refused (TF builds an assert with a DenseToDenseSetOperation there).
"""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.engine.op_def import const_value
from scopecli.engine.ops.control_flow_ops import _controlled
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error
from scopecli.model import Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

LOSSES = "losses"
REGULARIZATION_LOSSES = "regularization_losses"
# losses_impl.Reduction's keys, in Reduction.all() order.
REDUCTIONS = {"NONE": "none", "SUM": "weighted_sum", "MEAN": "weighted_mean",
              "SUM_OVER_BATCH_SIZE": "weighted_sum_over_batch_size",
              "SUM_OVER_NONZERO_WEIGHTS": "weighted_sum_by_nonzero_weights",
              "SUM_BY_NONZERO_WEIGHTS": "weighted_sum_by_nonzero_weights"}
export_value("losses.Reduction", make=lambda state: Namespace("tf.losses.Reduction", dict(REDUCTIONS)))
_ALL = ("none", "weighted_sum", "weighted_mean", "weighted_sum_over_batch_size",
        "weighted_sum_by_nonzero_weights", "weighted_sum_by_nonzero_weights")
_PREFIX = "weights can not be broadcast to values."


@tf_export("math.squared_difference", "squared_difference")
def squared_difference(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    """gen_math_ops.squared_difference."""
    return output(apply_op(state, "SquaredDifference", name, x=x, y=y))


@tf_export("div_no_nan", "math.divide_no_nan")
def div_no_nan(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    """math_ops.div_no_nan: y converted to x's dtype inside the scope the op takes as its name."""
    with name_scope(state, name, "div_no_nan", [x, y]) as scope:
        x = convert_to_tensor(state, x, name="x")
        y = convert_to_tensor(state, y, name="y", dtype=x._dtype.base_dtype)
        return output(apply_op(state, "DivNoNan", scope, x=x, y=y))


def assert_broadcastable(state: TFState, weights: Any, values: Any) -> Operation:
    """weights_broadcast_ops.assert_broadcastable, its static outcomes."""
    from scopecli.engine.ops import array_shape_ops as shape_ops

    with name_scope(state, None, "assert_broadcastable", [weights, values]) as scope:
        with name_scope(state, None, "weights", [weights]) as weights_scope:
            weights = convert_to_tensor(state, weights, name=weights_scope)
            weights_shape = shape_ops.shape(state, weights, name="shape")
            weights_rank = shape_ops.rank(state, weights, name="rank")
        with name_scope(state, None, "values", [values]) as values_scope:
            values = convert_to_tensor(state, values, name=values_scope)
            values_shape = shape_ops.shape(state, values, name="shape")
            values_rank = shape_ops.rank(state, values, name="rank")
        from scopecli.engine.ops.tensor_util import const_int

        w_rank, v_rank = const_int(weights_rank), const_int(values_rank)  # Python ints: no numpy needed
        if w_rank is not None and v_rank is not None:
            if int(w_rank) == 0:
                return apply_op(state, "NoOp", "static_scalar_check_success")
            if int(w_rank) != int(v_rank):
                raise tf_value_error(f"{_PREFIX} values.rank={int(v_rank)}. weights.rank={int(w_rank)}. "
                                     f"values.shape={values._shape}. weights.shape={weights._shape}. "
                                     f"Received weights={weights}, values={values}")
            w_shape, v_shape = const_value(weights_shape), const_value(values_shape)
            if w_shape is not None and v_shape is not None:
                for i in range(len(v_shape)):
                    if int(w_shape[i]) not in (1, int(v_shape[i])):
                        raise tf_value_error(f"{_PREFIX} Mismatch at dim {i}. values.shape={v_shape}, "
                                             f"weights.shape={w_shape}. Received weights={weights}, "
                                             f"values={values}")
                return apply_op(state, "NoOp", "static_dims_check_success")
        from scopecli.engine.ops.weights_runtime_check import runtime_check

        return runtime_check(state, scope, weights, weights_rank, weights_shape, values, values_rank,
                             values_shape)


def broadcast_weights(state: TFState, weights: Any, values: Any) -> Tensor:
    """weights_broadcast_ops.broadcast_weights."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import math_arith_ops as m

    with name_scope(state, None, "broadcast_weights", [weights, values]) as scope:
        values = convert_to_tensor(state, values, name="values")
        weights = convert_to_tensor(state, weights, dtype=values._dtype.base_dtype, name="weights")
        w, v = weights._shape, values._shape
        if w.is_fully_defined() and v.is_fully_defined() and w.is_compatible_with(v):
            return weights
        with _controlled(state, [assert_broadcastable(state, weights, values)]):
            return m.multiply(state, weights, fill_ops.ones_like(state, values), name=scope)


def _safe_mean(state: TFState, losses: Tensor, num_present: Tensor) -> Tensor:
    from scopecli.engine.ops import reduction_ops as red

    return div_no_nan(state, red.reduce_sum(state, losses), num_present, name="value")


def _num_present(state: TFState, losses: Tensor, weights: Any) -> Tensor:
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red

    if isinstance(weights, float) and weights != 0.0:
        return _num_elements(state, losses)
    with name_scope(state, None, "num_present", [losses, weights]) as scope:
        weights = m.cast(state, weights, dtypes.float32)
        present = join.where(state, m.equal(state, weights, 0.0), fill_ops.zeros_like(state, weights),
                           fill_ops.ones_like(state, weights))
        present = broadcast_weights(state, present, losses)
        return red.reduce_sum(state, present, name=scope)


def _num_elements(state: TFState, losses: Tensor) -> Tensor:
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m

    with name_scope(state, None, "num_elements", [losses]) as scope:
        return m.cast(state, shape_ops.size(state, losses, name=scope), losses._dtype.base_dtype)


def _validate(reduction: Any) -> None:
    if reduction not in _ALL:
        raise tf_value_error(f"Invalid Reduction Key {reduction}. Key should be one of {_ALL}.")


@tf_export("losses.compute_weighted_loss")
def compute_weighted_loss(state: TFState, losses: Any, weights: Any = 1.0, scope: Any = None,
                          loss_collection: Any = LOSSES,
                          reduction: Any = "weighted_sum_by_nonzero_weights") -> Tensor:
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red

    _validate(reduction)
    with name_scope(state, scope, "weighted_loss", [losses, weights]), \
            _controlled(state, [assert_broadcastable(state, weights, losses)]):
        losses = convert_to_tensor(state, losses)
        input_dtype = losses._dtype.base_dtype
        losses = m.cast(state, losses, dtypes.float32)
        weights = m.cast(state, weights, dtypes.float32)
        weighted = m.multiply(state, losses, weights)
        if reduction == "none":
            loss = weighted
        else:
            loss = red.reduce_sum(state, weighted)
            if reduction == "weighted_mean":
                ones = m.operator_binary(state, "mul", m.multiply, fill_ops.ones_like(state, losses), weights)
                loss = _safe_mean(state, loss, red.reduce_sum(state, ones))
            elif reduction == "weighted_sum_by_nonzero_weights":
                loss = _safe_mean(state, loss, _num_present(state, losses, weights))
            elif reduction == "weighted_sum_over_batch_size":
                loss = _safe_mean(state, loss, _num_elements(state, losses))
        loss = m.cast(state, loss, input_dtype)
        add_loss(state, loss, loss_collection)
        return loss


@tf_export("losses.add_loss", label=False)
def add_loss(state: TFState, loss: Any, loss_collection: Any = LOSSES) -> None:
    if loss_collection:
        state.graph.add_to_collection(loss_collection, loss)


@tf_export("losses.get_losses", label=False)
def get_losses(state: TFState, scope: Any = None, loss_collection: Any = LOSSES) -> list[Any]:
    return state.graph.get_collection(loss_collection, scope)


@tf_export("losses.get_regularization_losses", label=False)
def get_regularization_losses(state: TFState, scope: Any = None) -> list[Any]:
    return state.graph.get_collection(REGULARIZATION_LOSSES, scope)


@tf_export("losses.get_regularization_loss")
def get_regularization_loss(state: TFState, scope: Any = None,
                            name: Any = "total_regularization_loss") -> Tensor:
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops_core import constant

    losses = get_regularization_losses(state, scope)
    return red.add_n(state, losses, name=name) if losses else constant(state, 0.0)


@tf_export("losses.get_total_loss")
def get_total_loss(state: TFState, add_regularization_losses: Any = True, name: Any = "total_loss",
                   scope: Any = None) -> Tensor:
    from scopecli.engine.ops import reduction_ops as red

    losses = list(get_losses(state, scope=scope))
    if add_regularization_losses:
        losses += get_regularization_losses(state, scope=scope)
    return red.add_n(state, losses, name=name)


def _check_args(labels: Any, other: Any, other_name: str) -> None:
    if labels is None:
        raise tf_value_error("Argument `labels` must not be None.")
    if other is None:
        raise tf_value_error(f"Argument `{other_name}` must not be None.")


def _pair(state: TFState, predictions: Any, labels: Any) -> tuple[Tensor, Tensor]:
    """Both cast to float32, their static shapes checked compatible."""
    from scopecli.engine.ops import math_arith_ops as m

    predictions = m.cast(state, predictions, dtypes.float32)
    labels = m.cast(state, labels, dtypes.float32)
    if not predictions._shape.is_compatible_with(labels._shape):
        raise tf_value_error(f"Shapes {predictions._shape} and {labels._shape} are incompatible")
    return predictions, labels


@tf_export("losses.mean_squared_error")
def mean_squared_error(state: TFState, labels: Any, predictions: Any, weights: Any = 1.0, scope: Any = None,
                       loss_collection: Any = LOSSES,
                       reduction: Any = "weighted_sum_by_nonzero_weights") -> Tensor:
    _check_args(labels, predictions, "predictions")
    with name_scope(state, scope, "mean_squared_error", [predictions, labels, weights]) as scope:
        predictions, labels = _pair(state, predictions, labels)
        losses = squared_difference(state, predictions, labels)
        return compute_weighted_loss(state, losses, weights, scope, loss_collection, reduction=reduction)


@tf_export("losses.absolute_difference")
def absolute_difference(state: TFState, labels: Any, predictions: Any, weights: Any = 1.0, scope: Any = None,
                        loss_collection: Any = LOSSES,
                        reduction: Any = "weighted_sum_by_nonzero_weights") -> Tensor:
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu

    _check_args(labels, predictions, "predictions")
    with name_scope(state, scope, "absolute_difference", [predictions, labels, weights]) as scope:
        predictions, labels = _pair(state, predictions, labels)
        losses = mu.abs_(state, m.subtract(state, predictions, labels))
        return compute_weighted_loss(state, losses, weights, scope, loss_collection, reduction=reduction)


@tf_export("losses.hinge_loss")
def hinge_loss(state: TFState, labels: Any, logits: Any, weights: Any = 1.0, scope: Any = None,
               loss_collection: Any = LOSSES, reduction: Any = "weighted_sum_by_nonzero_weights") -> Tensor:
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.nn_ops import relu

    _check_args(labels, logits, "logits")
    with name_scope(state, scope, "hinge_loss", [logits, labels, weights]) as scope:
        logits, labels = _pair(state, logits, labels)
        all_ones = fill_ops.ones_like(state, labels)
        labels = m.subtract(state, m.operator_reflected(state, "mul", m.multiply, labels, 2), all_ones)
        losses = relu(state, m.subtract(state, all_ones, m.multiply(state, labels, logits)))
        return compute_weighted_loss(state, losses, weights, scope, loss_collection, reduction=reduction)


@tf_export("losses.huber_loss")
def huber_loss(state: TFState, labels: Any, predictions: Any, weights: Any = 1.0, delta: Any = 1.0,
               scope: Any = None, loss_collection: Any = LOSSES,
               reduction: Any = "weighted_sum_by_nonzero_weights") -> Tensor:
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu

    _check_args(labels, predictions, "predictions")
    with name_scope(state, scope, "huber_loss", [predictions, labels, weights]) as scope:
        predictions, labels = _pair(state, predictions, labels)
        error = m.subtract(state, predictions, labels)
        abs_error = mu.abs_(state, error)
        quadratic = m.minimum(state, abs_error, delta)
        linear = m.subtract(state, abs_error, quadratic)
        half = convert_to_tensor(state, 0.5, dtype=quadratic._dtype.base_dtype)
        losses = m.add(state, m.multiply(state, half, m.multiply(state, quadratic, quadratic)),
                       m.multiply(state, delta, linear))
        return compute_weighted_loss(state, losses, weights, scope, loss_collection, reduction=reduction)


@tf_export("losses.log_loss")
def log_loss(state: TFState, labels: Any, predictions: Any, weights: Any = 1.0, epsilon: Any = 1e-7,
             scope: Any = None, loss_collection: Any = LOSSES,
             reduction: Any = "weighted_sum_by_nonzero_weights") -> Tensor:
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu

    _check_args(labels, predictions, "predictions")
    with name_scope(state, scope, "log_loss", [predictions, labels, weights]) as scope:
        predictions, labels = _pair(state, predictions, labels)
        first = mu.negative(state, m.multiply(state, labels, mu.log(
            state, m.operator_binary(state, "add", m.add_dispatch, predictions, epsilon))))
        one_minus = m.operator_reflected(state, "sub", m.subtract, labels, 1)
        rest = m.operator_binary(state, "add", m.add_dispatch,
                                 m.operator_reflected(state, "sub", m.subtract, predictions, 1), epsilon)
        second = m.multiply(state, one_minus, mu.log(state, rest))
        losses = m.operator_binary(state, "sub", m.subtract, first, second)
        return compute_weighted_loss(state, losses, weights, scope, loss_collection, reduction=reduction)

