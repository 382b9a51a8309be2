"""The SparseReduceSum kernel (sparse_reduce_op.cc): the values summed per group of their
coordinates along the kept axes (duplicate indices add up), zeros where no value falls."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError, _np

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("SparseReduceSum")
def _sparse_reduce_sum(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    indices, values, shape, axes = (np.asarray(v) for v in inputs)
    dims = tuple(int(d) for d in shape.reshape(-1))
    rank = len(dims)
    listed = [int(a) for a in axes.reshape(-1)]
    for a in listed:
        if not -rank <= a < rank:
            raise KernelError(f"Invalid reduction dimension {a}, for input with {rank} dimensions.")
    reduced = sorted({a % rank for a in listed})
    kept_dims = tuple(1 if d in reduced else n for d, n in enumerate(dims))
    ctx.allocate(op, kept_dims)
    out = np.zeros(kept_dims, dtype=values.dtype)
    rows = indices.reshape(-1, rank).tolist()
    for i, (row, value) in enumerate(zip(rows, values.reshape(-1).tolist(), strict=True)):
        # each value joins the group of its kept coordinates; TF never bounds-checks the reduced
        # ones (an index past a reduced dimension still adds), a kept one past its bound is refused
        at = tuple(0 if d in reduced else v for d, v in enumerate(row))
        if not all(0 <= v < n for v, n in zip(at, kept_dims, strict=True)):
            raise KernelError(f"indices[{i}] = [{','.join(str(v) for v in row)}] is out of bounds")
        out[at] += value
    if not op.attrs["keep_dims"]:
        out = out.reshape(tuple(n for d, n in enumerate(dims) if d not in reduced))
    return [np.asarray(out).astype(_np(op), copy=False)]
