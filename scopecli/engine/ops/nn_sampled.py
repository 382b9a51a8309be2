"""TF's sampled losses (nn_impl.py): tf.nn.nce_loss and tf.nn.sampled_softmax_loss over
_compute_sampled_logits, the word2vec losses, built op for op as TF builds them."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import ScenarioError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _sum_rows(state: TFState, x: Tensor) -> Tensor:
    """nn_impl._sum_rows: x @ ones([cols, 1]) flattened (a cheaper gradient than reduce_sum)."""
    from scopecli.engine.ops import array_fill_ops as fill
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.tensor_getitem_override import getitem

    cols = getitem(shape_ops.shape(state, x), 1)
    ones_shape = join.stack(state, [cols, 1])
    ones = fill.ones(state, ones_shape, x.dtype)
    return shape_ops.reshape(state, m.matmul(state, x, ones), [-1])


def _compute_sampled_logits(state: TFState, weights: Any, biases: Any, labels: Any, inputs: Any,
                            num_sampled: Any, num_classes: Any, num_true: int = 1, sampled_values: Any = None,
                            subtract_log_q: bool = True, remove_accidental_hits: bool = False,
                            partition_strategy: Any = "mod", name: Any = None,
                            seed: Any = None) -> tuple[Tensor, Tensor]:
    from scopecli.engine.ops import array_fill_ops as fill
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops.array_ops import slice_
    from scopecli.engine.ops.candidate_sampling_ops import (
        compute_accidental_hits,
        log_uniform_candidate_sampler,
        sparse_to_dense,
    )
    from scopecli.engine.ops.math_ops import stop_gradient
    from scopecli.engine.ops.nn_impl import embedding_lookup
    from scopecli.engine.ops.tensor_getitem_override import getitem

    if not isinstance(weights, list):  # (scopecli has no PartitionedVariable: a list of shards)
        weights = [weights]
    for value in (labels, inputs):
        if not hasattr(value, "dtype"):  # TF reads `.dtype` of both without converting them
            raise ScenarioError("AttributeError", f"'{type(value).__name__}' object has no attribute 'dtype'")

    with name_scope(state, name, "compute_sampled_logits", [*weights, biases, inputs, labels]):
        if labels.dtype != dtypes.int64:
            labels = m.cast(state, labels, dtypes.int64)
        labels_flat = shape_ops.reshape(state, labels, [-1])

        if sampled_values is None:
            sampled_values = log_uniform_candidate_sampler(state, true_classes=labels, num_true=num_true,
                                                           num_sampled=num_sampled, unique=True,
                                                           range_max=num_classes, seed=seed)
        sampled, true_expected_count, sampled_expected_count = (
            stop_gradient(state, s) for s in sampled_values)
        sampled = m.cast(state, sampled, dtypes.int64)

        all_ids = join.concat(state, [labels_flat, sampled], 0)
        all_w = embedding_lookup(state, weights, all_ids, partition_strategy=partition_strategy)
        if all_w.dtype != inputs.dtype:
            all_w = m.cast(state, all_w, inputs.dtype)

        true_w = slice_(state, all_w, [0, 0],
                        join.stack(state, [getitem(shape_ops.shape(state, labels_flat), 0), -1]))
        sampled_w = slice_(state, all_w,
                           join.stack(state, [getitem(shape_ops.shape(state, labels_flat), 0), 0]), [-1, -1])
        sampled_logits = m.matmul(state, inputs, sampled_w, transpose_b=True)

        all_b = embedding_lookup(state, biases, all_ids, partition_strategy=partition_strategy)
        if all_b.dtype != inputs.dtype:
            all_b = m.cast(state, all_b, inputs.dtype)
        true_b = slice_(state, all_b, [0], shape_ops.shape(state, labels_flat))
        sampled_b = slice_(state, all_b, shape_ops.shape(state, labels_flat), [-1])

        dim = getitem(shape_ops.shape(state, true_w), slice(1, 2))
        new_true_w_shape = join.concat(state, [[-1, num_true], dim], 0)
        row_wise_dots = m.multiply(state, shape_ops.expand_dims(state, inputs, 1),
                                   shape_ops.reshape(state, true_w, new_true_w_shape))
        dots_as_matrix = shape_ops.reshape(state, row_wise_dots, join.concat(state, [[-1], dim], 0))
        true_logits = shape_ops.reshape(state, _sum_rows(state, dots_as_matrix), [-1, num_true])
        true_b = shape_ops.reshape(state, true_b, [-1, num_true])
        true_logits = m.operator_binary(state, "add", m.add_dispatch, true_logits, true_b)
        sampled_logits = m.operator_binary(state, "add", m.add_dispatch, sampled_logits, sampled_b)

        if remove_accidental_hits:
            hits = compute_accidental_hits(state, labels, sampled, num_true=num_true)
            acc_indices, acc_ids, acc_weights = hits
            acc_indices_2d = shape_ops.reshape(state, acc_indices, [-1, 1])
            acc_ids_2d_int32 = shape_ops.reshape(state, m.cast(state, acc_ids, dtypes.int32), [-1, 1])
            sparse_indices = join.concat(state, [acc_indices_2d, acc_ids_2d_int32], 1, "sparse_indices")
            sampled_logits_shape = join.concat(
                state, [getitem(shape_ops.shape(state, labels), slice(None, 1)),
                        shape_ops.expand_dims(state, num_sampled, 0)], 0)
            if sampled_logits.dtype != acc_weights.dtype:
                acc_weights = m.cast(state, acc_weights, sampled_logits.dtype)
            sampled_logits = m.operator_binary(
                state, "add", m.add_dispatch, sampled_logits,
                sparse_to_dense(state, sparse_indices, sampled_logits_shape, acc_weights, default_value=0.0,
                                validate_indices=False))

        if subtract_log_q:
            true_logits = m.operator_binary(state, "sub", m.subtract, true_logits,
                                            mu.log(state, true_expected_count))
            sampled_logits = m.operator_binary(state, "sub", m.subtract, sampled_logits,
                                               mu.log(state, sampled_expected_count))

        out_logits = join.concat(state, [true_logits, sampled_logits], 1)
        out_labels = join.concat(state, [
            m.operator_binary(state, "truediv", m.truediv, fill.ones_like(state, true_logits), num_true),
            fill.zeros_like(state, sampled_logits)], 1)
        return out_logits, out_labels


@tf_export("nn.nce_loss")
def nce_loss(state: TFState, weights: Any, biases: Any, labels: Any, inputs: Any, num_sampled: Any,
             num_classes: Any, num_true: Any = 1, sampled_values: Any = None,
             remove_accidental_hits: Any = False, partition_strategy: Any = "mod",
             name: Any = "nce_loss") -> Tensor:
    """nn_impl.nce_loss (v1): sigmoid cross-entropy of the true and sampled logits, summed per row."""
    from scopecli.engine.ops.nn_impl import sigmoid_cross_entropy_with_logits

    logits, labels = _compute_sampled_logits(
        state, weights=weights, biases=biases, labels=labels, inputs=inputs, num_sampled=num_sampled,
        num_classes=num_classes, num_true=num_true, sampled_values=sampled_values, subtract_log_q=True,
        remove_accidental_hits=remove_accidental_hits, partition_strategy=partition_strategy, name=name)
    sampled_losses = sigmoid_cross_entropy_with_logits(state, labels=labels, logits=logits,
                                                       name="sampled_losses")
    return _sum_rows(state, sampled_losses)


@tf_export("nn.sampled_softmax_loss")
def sampled_softmax_loss(state: TFState, weights: Any, biases: Any, labels: Any, inputs: Any,
                         num_sampled: Any, num_classes: Any, num_true: Any = 1, sampled_values: Any = None,
                         remove_accidental_hits: Any = True, partition_strategy: Any = "mod",
                         name: Any = "sampled_softmax_loss", seed: Any = None) -> Tensor:
    """nn_impl.sampled_softmax_loss (v1): softmax cross-entropy over the true and sampled logits."""
    from scopecli.engine.ops.math_ops import stop_gradient
    from scopecli.engine.ops.nn_xent import softmax_cross_entropy_with_logits_v2

    logits, labels = _compute_sampled_logits(
        state, weights=weights, biases=biases, labels=labels, inputs=inputs, num_sampled=num_sampled,
        num_classes=num_classes, num_true=num_true, sampled_values=sampled_values, subtract_log_q=True,
        remove_accidental_hits=remove_accidental_hits, partition_strategy=partition_strategy, name=name,
        seed=seed)
    labels = stop_gradient(state, labels, name="labels_stop_gradient")
    return softmax_cross_entropy_with_logits_v2(state, labels=labels, logits=logits)
