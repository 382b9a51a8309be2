"""Kernels of the random op types added with ops.random_ops: Multinomial and RandomShuffle.

As the other random kernels, they draw from numpy (right shape, dtype and distribution, not TF's
Philox numbers); the failures raise TF's runtime messages.
"""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("Multinomial")
def _multinomial(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """Each row's samples drawn from softmax(logits row) (MultinomialOp)."""
    logits = np.asarray(inputs[0])
    samples = int(np.asarray(inputs[1]))
    if logits.ndim != 2:
        dims = ",".join(str(d) for d in logits.shape)
        raise KernelError(f"logits should be a matrix, got shape [{dims}]")
    if samples < 0:
        raise KernelError(f"num_samples should be nonnegative, got {samples}")
    batch, classes = logits.shape
    if classes == 0 and batch > 0 and samples > 0:
        raise KernelError("num_classes should be positive, got 0")
    ctx.allocate(op, (batch, samples))
    rng = ctx.rng(op)
    out = np.empty((batch, samples), dtype=op._outputs[0]._dtype.base_dtype.numpy_type)
    for row in range(batch):
        values = logits[row].astype(np.float64)
        finite = np.isfinite(values)
        weights = np.where(finite, np.exp(values - np.max(values[finite], initial=0.0)), 0.0)
        total = weights.sum()
        out[row] = rng.choice(classes, size=samples, p=weights / total) if total > 0 else 0
    return [out]


@kernel("RandomShuffle")
def _random_shuffle(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """The first dimension permuted (a scalar passes through)."""
    value = np.array(inputs[0])
    if value.ndim == 0:
        return [value]
    return [value[ctx.rng(op).permutation(value.shape[0])]]
