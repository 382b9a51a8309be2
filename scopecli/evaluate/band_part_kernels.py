"""The MatrixBandPart kernel (matrix_band_part_op.cc): entry [.., m, n] kept where
(num_lower < 0 or m - n <= num_lower) and (num_upper < 0 or n - m <= num_upper)."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("MatrixBandPart")
def _matrix_band_part(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    lower, upper = (int(np.asarray(v)) for v in inputs[1:3])
    rows, cols = x.shape[-2:]
    if lower > rows:
        raise KernelError(f"num_lower must be negative or less or equal to number of rows ({rows}) got: "
                          f"{lower}")
    if upper > cols:
        raise KernelError(f"num_upper must be negative or less or equal to number of columns ({cols}) got: "
                          f"{upper}")
    m = np.arange(rows)[:, None]
    n = np.arange(cols)[None, :]
    keep = ((lower < 0) | (m - n <= lower)) & ((upper < 0) | (n - m <= upper))
    ctx.allocate(op, x.shape)
    return [np.where(keep, x, np.zeros((), dtype=x.dtype))]
