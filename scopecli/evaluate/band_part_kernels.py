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


@kernel("MatrixDiagPartV3")
def _matrix_diag_part_v3(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """One diagonal k of each innermost matrix (matrix_diag_op.cc for a single k)."""
    x = np.asarray(inputs[0])
    ks = [int(v) for v in np.asarray(inputs[1]).reshape(-1)]
    if len(ks) == 2 and ks[0] != ks[1] or not ks or len(ks) > 2:
        raise KernelError("scopecli computes one diagonal of MatrixDiagPartV3 only")
    k = ks[0]
    rows, cols = x.shape[-2], x.shape[-1]
    if not (-rows < k < cols or (k == 0 and min(rows, cols) == 0)):
        raise KernelError(f"Invalid diagonal index: {k}; it must be in (-{rows}, {cols}).")
    length = max(0, min(rows + min(0, k), cols - max(0, k)))
    index = np.arange(length)
    return [np.ascontiguousarray(x[..., index - min(0, k), index + max(0, k)])]
