"""The ReverseSequence kernel (reverse_sequence_op.cc): each example reversed along the sequence
axis up to its length."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("ReverseSequence")
def _reverse_sequence(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    lengths = np.asarray(inputs[1]).reshape(-1)
    seq_dim, batch_dim = int(op.attrs["seq_dim"]), int(op.attrs.get("batch_dim", 0))
    if lengths.size != x.shape[batch_dim]:
        raise KernelError(f"Length of seq_lengths != input.dims({batch_dim}), ({lengths.size} vs. "
                          f"{x.shape[batch_dim]})")
    out = x.copy()
    for b, length in enumerate(lengths):
        if length > x.shape[seq_dim]:
            raise KernelError(f"seq_lens({b}) > input.dims({seq_dim})")
        if length < 0:
            raise KernelError(f"seq_lens({b}) < 0")
        where: list[Any] = [slice(None)] * x.ndim
        where[batch_dim] = b
        where[seq_dim] = slice(0, int(length))
        src = x[tuple(where)]
        axis = seq_dim - (1 if batch_dim < seq_dim else 0)
        out[tuple(where)] = np.flip(src, axis=axis)
    return [out]
