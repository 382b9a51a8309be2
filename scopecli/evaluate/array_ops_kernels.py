"""Kernels of the op types built by engine/ops/reduction_ops.py and engine/ops/array_ops.py that
the older kernel modules do not cover: All, Any, SelectV2."""

from __future__ import annotations

from typing import Any

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError, _axes, _dims


def _bool_reduce(fn: Any) -> Any:
    def run(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
        x = np.asarray(inputs[0], dtype=bool)
        axis = _axes(op, inputs[1], x.ndim)
        return [np.asarray(fn(x, axis=axis, keepdims=bool(op.attrs["keep_dims"])), dtype=bool)]

    return run


kernel("All")(_bool_reduce(np.all))
kernel("Any")(_bool_reduce(np.any))


@kernel("SelectV2")
def _select_v2(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    cond, then, other = (np.asarray(v) for v in inputs)
    try:
        shape = np.broadcast_shapes(cond.shape, then.shape, other.shape)
    except ValueError:
        raise KernelError(f"condition {_dims(cond.shape)}, then {_dims(then.shape)}, and else "
                          f"{_dims(other.shape)} must be broadcastable") from None
    ctx.allocate(op, shape)
    return [np.where(cond, then, other).astype(op._outputs[0]._dtype.base_dtype.numpy_type, copy=False)]


@kernel("Qr")
def _qr(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """Householder QR of each inner matrix (numpy's LAPACK; TF's signs may differ per column)."""
    x = np.asarray(inputs[0])
    q, r = np.linalg.qr(x, mode="complete" if op.attrs["full_matrices"] else "reduced")
    dtype = op._outputs[0]._dtype.base_dtype.numpy_type
    return [q.astype(dtype, copy=False), r.astype(dtype, copy=False)]


@kernel("DiagPart")
def _diag_part(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    half = x.ndim // 2
    size = int(np.prod(x.shape[:half], dtype=np.int64))
    flat = x.reshape(size, size)
    return [np.diagonal(flat).reshape(x.shape[:half]).copy()]
