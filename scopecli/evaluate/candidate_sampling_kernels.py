"""Kernels of candidate sampling (range_sampler.cc, candidate_sampler_ops.cc) and SparseToDense.

The samplers draw from numpy (the right distribution, shapes and expected counts, not TF's random
stream): log-uniform P(k) = log((k + 2) / (k + 1)) / log(range_max + 1), or uniform 1 / range_max;
with `unique`, draws repeat until num_sampled distinct classes are found and the expected counts
use the number of tries: -expm1(tries * log1p(-p)) (p * num_sampled when no draw was rejected).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError


def _probability(kind: str, classes: np.ndarray, range_max: int) -> np.ndarray:
    if kind == "log_uniform":
        return np.log((classes + 2.0) / (classes + 1.0)) / np.log(range_max + 1.0)
    return np.full(classes.shape, 1.0 / range_max)


def _sample(kind: str) -> Any:
    def run(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
        attrs = op.attrs
        num_sampled, range_max, unique = attrs["num_sampled"], attrs["range_max"], attrs["unique"]
        true_classes = np.asarray(inputs[0], dtype=np.int64)
        if unique and num_sampled > range_max:
            raise KernelError("Sampler's range is too small.")
        rng = ctx.rng(op)
        everything = np.arange(range_max, dtype=np.float64)
        weights = _probability(kind, everything, range_max)
        weights = weights / weights.sum()
        sampled: list[int] = []
        tries = 0
        seen: set[int] = set()
        while len(sampled) < num_sampled:
            tries += 1
            value = int(rng.choice(range_max, p=weights))
            if unique and value in seen:
                continue
            seen.add(value)
            sampled.append(value)

        def expected(classes: np.ndarray) -> np.ndarray:
            p = _probability(kind, classes.astype(np.float64), range_max)
            if not unique or tries == num_sampled:
                return (p * num_sampled).astype(np.float32)
            return (-np.expm1(tries * np.log1p(-p))).astype(np.float32)

        picked = np.array(sampled, dtype=np.int64)
        return [picked, expected(true_classes), expected(picked)]

    return run


kernel("LogUniformCandidateSampler")(_sample("log_uniform"))
kernel("UniformCandidateSampler")(_sample("uniform"))


@kernel("ComputeAccidentalHits")
def _compute_accidental_hits(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """Each (row, position) where a sampled candidate is one of the row's true classes, in the
    order of the rows and their true classes."""
    true_classes = np.asarray(inputs[0], dtype=np.int64)
    sampled = np.asarray(inputs[1], dtype=np.int64)
    # candidate -> its position; a repeated candidate keeps its last one (TF's map overwrites)
    position = {candidate: j for j, candidate in enumerate(sampled.tolist())}
    rows, ids = [], []
    for i, row in enumerate(true_classes.tolist()):
        for value in row:
            if value in position:
                rows.append(i)
                ids.append(position[value])
    weights = np.full(len(rows), -np.finfo(np.float32).max, dtype=np.float32)
    return [np.array(rows, dtype=np.int32), np.array(ids, dtype=np.int64), weights]


@kernel("SparseToDense")
def _sparse_to_dense(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    indices = np.asarray(inputs[0])
    shape = [int(d) for d in np.asarray(inputs[1]).reshape(-1)]
    values = np.asarray(inputs[2])
    default = np.asarray(inputs[3])
    ctx.allocate(op, shape)
    out = np.full(shape, default, dtype=values.dtype)
    rows = indices.reshape(-1, 1) if indices.ndim < 2 else indices
    for n, index in enumerate(rows.tolist()):
        if any(not 0 <= i < d for i, d in zip(index, shape, strict=False)):
            raise KernelError(
                f"indices[{n}] = [{','.join(str(i) for i in index)}] is out of bounds: need 0 <= "
                f"index < [{','.join(str(d) for d in shape)}]"
            )
        out[tuple(index)] = values if values.ndim == 0 else values.reshape(-1)[n]
    return [out]
