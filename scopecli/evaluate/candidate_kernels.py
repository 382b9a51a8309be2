"""Kernels of the candidate samplers (candidate_sampler_ops.cc, range_sampler.cc),
ComputeAccidentalHits and SparseToDense.

The samplers draw from numpy, not TF's Philox stream (as the other random kernels): the right
classes' distribution, uniqueness and expected counts, not TF's exact numbers.
"""

from __future__ import annotations

import math

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_FLT_MAX = float(np.finfo(np.float32).max)


def _log_uniform_probability(value: np.ndarray, range_max: int) -> np.ndarray:
    """LogUniformSampler::Probability: (log(v + 2) - log(v + 1)) / log(range_max + 1)."""
    value = value.astype(np.float64)
    return (np.log(value + 2.0) - np.log(value + 1.0)) / math.log(range_max + 1)


def _expected_count(probability: np.ndarray, batch_size: int, num_tries: int) -> np.ndarray:
    """range_sampler.cc ExpectedCountHelper."""
    if num_tries == batch_size:
        return probability * batch_size
    return -np.expm1(num_tries * np.log1p(-probability))


def _sample(op: Any, inputs: list[Any], ctx: Context, draw: Any, probability: Any) -> list[Any]:
    """CandidateSamplerOp::Compute over a RangeSampler given by `draw(rng, n)` and `probability`."""
    true_classes = np.asarray(inputs[0])
    num_true, num_sampled = int(op.attrs["num_true"]), int(op.attrs["num_sampled"])
    unique, range_max = bool(op.attrs["unique"]), int(op.attrs["range_max"])
    if true_classes.ndim != 2:
        raise KernelError("true_classes must be a matrix")
    if true_classes.shape[1] != num_true:
        raise KernelError(f"true_classes must have num_true columns, expected: {true_classes.shape[1]} "
                          f"was: {num_true}")
    if unique and num_sampled > range_max:
        raise KernelError("Sampler's range is too small.")
    ctx.allocate(op, (num_sampled,))
    rng = ctx.rng(op)
    if unique:
        # RangeSampler::SampleBatchGetExpectedCountAvoid: draw until num_sampled distinct values,
        # counting the tries (the expected counts depend on them).
        sampled: list[int] = []
        seen: set[int] = set()
        tries = 0
        while len(sampled) < num_sampled:
            value = int(draw(rng, 1)[0])
            tries += 1
            if value not in seen:
                seen.add(value)
                sampled.append(value)
        candidates = np.array(sampled, dtype=np.int64)
    else:
        candidates = draw(rng, num_sampled).astype(np.int64)
        tries = num_sampled
    true_count = _expected_count(probability(true_classes), num_sampled, tries).astype(np.float32)
    sampled_count = _expected_count(probability(candidates), num_sampled, tries).astype(np.float32)
    return [candidates, true_count, sampled_count]


@kernel("LogUniformCandidateSampler")
def _log_uniform_sampler(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    range_max = int(op.attrs["range_max"])
    log_range = math.log(range_max + 1)

    def draw(rng: np.random.Generator, n: int) -> np.ndarray:
        values = np.floor(np.exp(rng.random(n) * log_range)).astype(np.int64) - 1
        return np.clip(values, 0, range_max - 1)

    return _sample(op, inputs, ctx, draw, lambda v: _log_uniform_probability(v, range_max))


@kernel("UniformCandidateSampler")
def _uniform_sampler(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    range_max = int(op.attrs["range_max"])
    return _sample(op, inputs, ctx, lambda rng, n: rng.integers(0, range_max, n),
                   lambda v: np.full(np.shape(v), 1.0 / range_max))


@kernel("AllCandidateSampler")
def _all_sampler(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """AllSampler: the classes 0..num_sampled-1, each expected once."""
    true_classes = np.asarray(inputs[0])
    num_true, num_sampled = int(op.attrs["num_true"]), int(op.attrs["num_sampled"])
    if true_classes.ndim != 2:
        raise KernelError("true_classes must be a matrix")
    if true_classes.shape[1] != num_true:
        raise KernelError(f"true_classes must have num_true columns, expected: {true_classes.shape[1]} "
                          f"was: {num_true}")
    ctx.allocate(op, (num_sampled,))
    return [np.arange(num_sampled, dtype=np.int64), np.ones(true_classes.shape, dtype=np.float32),
            np.ones(num_sampled, dtype=np.float32)]


@kernel("ComputeAccidentalHits")
def _accidental_hits(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """For each row's true class that was also sampled: (row, its position among the sampled
    candidates (the last one when repeated), -FLT_MAX)."""
    true_classes, sampled = np.asarray(inputs[0]), np.asarray(inputs[1])
    num_true = int(op.attrs["num_true"])
    if true_classes.ndim != 2 or true_classes.shape[1] != num_true:
        raise KernelError(f"true_classes must be a matrix with num_true columns, expected: {num_true}")
    position = {int(value): index for index, value in enumerate(sampled.reshape(-1))}
    indices: list[int] = []
    ids: list[int] = []
    for row in range(true_classes.shape[0]):
        for column in range(num_true):
            found = position.get(int(true_classes[row, column]))
            if found is not None:
                indices.append(row)
                ids.append(found)
    return [np.array(indices, dtype=np.int32), np.array(ids, dtype=np.int64),
            np.full(len(indices), -_FLT_MAX, dtype=np.float32)]


def _index_text(index: np.ndarray) -> str:
    return "[" + ",".join(str(int(i)) for i in np.atleast_1d(index)) + "]"


@kernel("SparseToDense")
def _sparse_to_dense(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """SparseToDenseOp: `default_value` everywhere but at the indices, checked (when
    validate_indices) to be in bounds, sorted and unique as in SparseTensor::ValidateAndInitialize."""
    indices, shape = np.asarray(inputs[0]), np.asarray(inputs[1])
    values, default = np.asarray(inputs[2]), np.asarray(inputs[3])
    if indices.ndim > 2:
        raise KernelError(f"sparse_indices should be a scalar, vector, or matrix, got shape "
                          f"{_index_text(np.array(indices.shape))}")
    if shape.ndim != 1:
        raise KernelError(f"output_shape must be rank 1, got shape {_index_text(np.array(shape.shape))}")
    rank = int(shape.shape[0])
    points = indices.reshape(-1, rank) if indices.ndim == 2 else indices.reshape(-1, 1)
    count = points.shape[0]
    if values.ndim > 1 or (values.ndim == 1 and values.shape[0] != count):
        raise KernelError(f"sparse_values has incorrect shape {_index_text(np.array(values.shape))}, "
                          f"should be [] or [{count}]")
    if default.ndim != 0:
        raise KernelError("default_value should be a scalar, got shape "
                          f"{_index_text(np.array(default.shape))}")
    ctx.allocate(op, tuple(int(d) for d in shape))
    dense = np.full(tuple(int(d) for d in shape), default, dtype=default.dtype)
    previous: tuple[int, ...] | None = None
    for i in range(count):
        point = tuple(int(v) for v in points[i])
        if bool(op.attrs.get("validate_indices", True)):
            if any(v < 0 or v >= int(d) for v, d in zip(point, shape, strict=True)):
                raise KernelError(f"indices[{i}] = {_index_text(points[i])} is out of bounds: need 0 <= "
                                  f"index < {_index_text(shape)}")
            if previous is not None and point == previous:
                raise KernelError(f"indices[{i}] = {_index_text(points[i])} is repeated")
            if previous is not None and point < previous:
                raise KernelError(f"indices[{i}] = {_index_text(points[i])} is out of order. Many sparse "
                                  "ops require sorted indices.\n    Use `tf.sparse.reorder` to create a "
                                  "correctly ordered copy.\n\n")
        previous = point
        dense[point] = values if values.ndim == 0 else values[i]
    return [dense]
