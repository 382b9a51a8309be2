"""tf.nn.sampled_softmax_loss and tf.nn.nce_loss (v1, nn_impl.py) over _compute_sampled_logits:
the true and the sampled classes' weights gathered in one embedding_lookup and sliced apart,
the true logits as row-wise dots (_sum_rows: a matmul with a column of ones), the log expected
counts subtracted, accidental hits pushed to -FLOAT_MAX with a SparseToDense, then a softmax
(sampled softmax) or sigmoid (NCE) cross entropy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import array_fill_ops as fill_ops
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
from scopecli.engine.ops.tensor_getitem_override import getitem
from scopecli.engine.ops_core import convert_to_tensor

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _sum_rows(state: TFState, x: Tensor) -> Tensor:
    """A vector summing each row of x: matmul with ones([cols, 1]), then reshape([-1])."""
    cols = getitem(shape_ops.shape(state, x), 1)
    ones_shape = join.stack(state, [cols, 1])
    ones = fill_ops.ones(state, ones_shape, x._dtype.base_dtype)
    return shape_ops.reshape(state, m.matmul(state, x, ones), [-1])


def _compute_sampled_logits(
    state: TFState,
    weights: Any,
    biases: Any,
    labels: Any,
    inputs: Any,
    num_sampled: int,
    num_classes: int,
    num_true: int = 1,
    sampled_values: Any = None,
    subtract_log_q: bool = True,
    remove_accidental_hits: bool = False,
    partition_strategy: Any = "mod",
    name: Any = None,
    seed: Any = None,
) -> tuple[Tensor, Tensor]:
    from scopecli.engine.ops.nn_impl import embedding_lookup

    if not isinstance(weights, list):
        weights = [weights]
    with name_scope(state, name, "compute_sampled_logits", [*weights, biases, inputs, labels]):
        labels = convert_to_tensor(state, labels)
        inputs = convert_to_tensor(state, inputs)
        if labels._dtype.base_dtype is not dtypes.int64:
            labels = m.cast(state, labels, dtypes.int64)
        labels_flat = shape_ops.reshape(state, labels, [-1])
        if sampled_values is None:
            sampled_values = log_uniform_candidate_sampler(
                state,
                true_classes=labels,
                num_true=num_true,
                num_sampled=num_sampled,
                unique=True,
                range_max=num_classes,
                seed=seed,
            )
        sampled, true_expected_count, sampled_expected_count = (
            stop_gradient(state, s) for s in sampled_values
        )
        sampled = m.cast(state, sampled, dtypes.int64)
        all_ids = join.concat(state, [labels_flat, sampled], 0)
        all_w = embedding_lookup(state, weights, all_ids, partition_strategy=partition_strategy)
        if all_w._dtype.base_dtype is not inputs._dtype.base_dtype:
            all_w = m.cast(state, all_w, inputs._dtype.base_dtype)
        true_w = slice_(
            state, all_w, [0, 0], join.stack(state, [getitem(shape_ops.shape(state, labels_flat), 0), -1])
        )
        sampled_w = slice_(
            state, all_w, join.stack(state, [getitem(shape_ops.shape(state, labels_flat), 0), 0]), [-1, -1]
        )
        sampled_logits = m.matmul(state, inputs, sampled_w, transpose_b=True)
        all_b = embedding_lookup(state, biases, all_ids, partition_strategy=partition_strategy)
        if all_b._dtype.base_dtype is not inputs._dtype.base_dtype:
            all_b = m.cast(state, all_b, inputs._dtype.base_dtype)
        true_b = slice_(state, all_b, [0], shape_ops.shape(state, labels_flat))
        sampled_b = slice_(state, all_b, shape_ops.shape(state, labels_flat), [-1])
        dim = getitem(shape_ops.shape(state, true_w), slice(1, 2))
        new_true_w_shape = join.concat(state, [[-1, num_true], dim], 0)
        row_wise_dots = m.multiply(
            state, shape_ops.expand_dims(state, inputs, 1), shape_ops.reshape(state, true_w, new_true_w_shape)
        )
        dots_as_matrix = shape_ops.reshape(state, row_wise_dots, join.concat(state, [[-1], dim], 0))
        true_logits = shape_ops.reshape(state, _sum_rows(state, dots_as_matrix), [-1, num_true])
        true_b = shape_ops.reshape(state, true_b, [-1, num_true])
        true_logits += true_b
        sampled_logits += sampled_b
        if remove_accidental_hits:
            acc_indices, acc_ids, acc_weights = compute_accidental_hits(
                state, labels, sampled, num_true=num_true
            )
            acc_indices_2d = shape_ops.reshape(state, acc_indices, [-1, 1])
            acc_ids_2d_int32 = shape_ops.reshape(state, m.cast(state, acc_ids, dtypes.int32), [-1, 1])
            sparse_indices = join.concat(state, [acc_indices_2d, acc_ids_2d_int32], 1, "sparse_indices")
            sampled_logits_shape = join.concat(
                state,
                [
                    getitem(shape_ops.shape(state, labels), slice(None, 1)),
                    shape_ops.expand_dims(state, num_sampled, 0),
                ],
                0,
            )
            if sampled_logits._dtype.base_dtype is not acc_weights._dtype.base_dtype:
                acc_weights = m.cast(state, acc_weights, sampled_logits._dtype.base_dtype)
            sampled_logits += sparse_to_dense(
                state,
                sparse_indices,
                sampled_logits_shape,
                acc_weights,
                default_value=0.0,
                validate_indices=False,
            )
        if subtract_log_q:
            true_logits -= mu.log(state, true_expected_count)
            sampled_logits -= mu.log(state, sampled_expected_count)
        out_logits = join.concat(state, [true_logits, sampled_logits], 1)
        out_labels = join.concat(
            state,
            [fill_ops.ones_like(state, true_logits) / num_true, fill_ops.zeros_like(state, sampled_logits)],
            1,
        )
        return out_logits, out_labels


@tf_export("nn.nce_loss")
def nce_loss(
    state: TFState,
    weights: Any,
    biases: Any,
    labels: Any,
    inputs: Any,
    num_sampled: int,
    num_classes: int,
    num_true: int = 1,
    sampled_values: Any = None,
    remove_accidental_hits: bool = False,
    partition_strategy: Any = "mod",
    name: Any = "nce_loss",
) -> Tensor:
    """nn_impl.nce_loss (v1): sigmoid cross entropy over the sampled logits, summed per row."""
    from scopecli.engine.ops.nn_impl import sigmoid_cross_entropy_with_logits

    logits, labels = _compute_sampled_logits(
        state,
        weights=weights,
        biases=biases,
        labels=labels,
        inputs=inputs,
        num_sampled=num_sampled,
        num_classes=num_classes,
        num_true=num_true,
        sampled_values=sampled_values,
        subtract_log_q=True,
        remove_accidental_hits=remove_accidental_hits,
        partition_strategy=partition_strategy,
        name=name,
    )
    sampled_losses = sigmoid_cross_entropy_with_logits(
        state, labels=labels, logits=logits, name="sampled_losses"
    )
    return _sum_rows(state, sampled_losses)


@tf_export("nn.sampled_softmax_loss")
def sampled_softmax_loss(
    state: TFState,
    weights: Any,
    biases: Any,
    labels: Any,
    inputs: Any,
    num_sampled: int,
    num_classes: int,
    num_true: int = 1,
    sampled_values: Any = None,
    remove_accidental_hits: bool = True,
    partition_strategy: Any = "mod",
    name: Any = "sampled_softmax_loss",
    seed: Any = None,
) -> Tensor:
    """nn_impl.sampled_softmax_loss (v1): softmax cross entropy over the sampled logits."""
    from scopecli.engine.ops.nn_xent import softmax_cross_entropy_with_logits_v2

    logits, labels = _compute_sampled_logits(
        state,
        weights=weights,
        biases=biases,
        labels=labels,
        inputs=inputs,
        num_sampled=num_sampled,
        num_classes=num_classes,
        num_true=num_true,
        sampled_values=sampled_values,
        subtract_log_q=True,
        remove_accidental_hits=remove_accidental_hits,
        partition_strategy=partition_strategy,
        name=name,
        seed=seed,
    )
    labels = stop_gradient(state, labels, name="labels_stop_gradient")
    return softmax_cross_entropy_with_logits_v2(state, labels=labels, logits=logits)
