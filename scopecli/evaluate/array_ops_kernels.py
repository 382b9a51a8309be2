"""Kernels of the op types built by engine/ops/reduction_ops.py and engine/ops/array_ops.py that
the older kernel modules do not cover: All, Any, SelectV2."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError, _axes, _dims

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


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
        raise KernelError(
            f"condition {_dims(cond.shape)}, then {_dims(then.shape)}, and else "
            f"{_dims(other.shape)} must be broadcastable"
        ) from None
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


def _int(value: Any) -> int:
    return int(np.asarray(value).reshape(-1)[0])


def _axis(value: Any, rank: int, text: str) -> int:
    at = _int(value)
    if not -rank <= at < rank:
        raise KernelError(text.format(at=at, rank=rank))
    return at % rank


@kernel("Split")
def _split(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[1])
    count = op.attrs["num_split"]
    at = _axis(inputs[0], x.ndim, "-{rank} <= split_dim < {rank}, but got {at}")
    if x.shape[at] % count:
        raise KernelError(
            f"Number of ways to split should evenly divide the split dimension, but got "
            f"split_dim {at} (size = {x.shape[at]}) and num_split {count}"
        )
    return [part.copy() for part in np.split(x, count, axis=at)]


@kernel("SplitV")
def _split_v(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    at = _axis(inputs[2], x.ndim, "-{rank} <= split_dim < {rank}, but got {at}")
    sizes = [int(s) for s in np.asarray(inputs[1]).reshape(-1)]
    if -1 in sizes:
        sizes[sizes.index(-1)] = x.shape[at] - (sum(sizes) + 1)
    if sum(sizes) != x.shape[at] or min(sizes, default=0) < 0:
        raise KernelError(
            f"Determined shape must either match input shape along split_dim exactly if fully "
            f"specified, or be less than the size of the input along split_dim if not fully "
            f"specified.  Got: {sum(sizes)}"
        )
    bounds = np.cumsum(sizes)[:-1]
    return [part.copy() for part in np.split(x, bounds, axis=at)]


@kernel("Unpack")
def _unpack(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    at = op.attrs["axis"] % max(x.ndim, 1)
    if x.shape[at] != op.attrs["num"]:
        raise KernelError(f"Input shape axis {at} must equal {op.attrs['num']}, got shape {_dims(x.shape)}")
    return [np.take(x, i, axis=at) for i in range(x.shape[at])]


@kernel("Slice")
def _slice(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    begin = [int(b) for b in np.asarray(inputs[1]).reshape(-1)]
    size = [int(s) for s in np.asarray(inputs[2]).reshape(-1)]
    index = []
    for i, (b, s) in enumerate(zip(begin, size, strict=True)):
        s = x.shape[i] - b if s == -1 else s
        if b < 0 or s < 0 or b + s > x.shape[i]:
            raise KernelError(f"Expected size[{i}] in [0, {x.shape[i] - b}], but got {s}")
        index.append(slice(b, b + s))
    return [x[tuple(index)].copy()]


def _paddings(op: Any, value: Any, rank: int) -> list[tuple[int, int]]:
    pairs = np.asarray(value).reshape(rank, 2)
    if (pairs < 0).any():
        raise KernelError("Paddings must be non-negative")
    return [(int(a), int(b)) for a, b in pairs]


@kernel("Pad")
def _pad(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    pairs = _paddings(op, inputs[1], x.ndim)
    ctx.allocate(op, [d + a + b for d, (a, b) in zip(x.shape, pairs, strict=True)])
    return [np.pad(x, pairs)]


@kernel("PadV2")
def _pad_v2(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    pairs = _paddings(op, inputs[1], x.ndim)
    ctx.allocate(op, [d + a + b for d, (a, b) in zip(x.shape, pairs, strict=True)])
    return [np.pad(x, pairs, constant_values=np.asarray(inputs[2]).item())]


@kernel("MirrorPad")
def _mirror_pad(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    pairs = _paddings(op, inputs[1], x.ndim)
    reflect = op.attrs["mode"] == "REFLECT"
    for d, (a, b) in zip(x.shape, pairs, strict=True):
        limit = d - 1 if reflect else d
        if a > limit or b > limit:
            raise KernelError(
                f"paddings must be less than the dimension size: {a}, {b} not less than {d}"
                if reflect
                else f"paddings must be no greater than the dimension size: {a}, {b} greater than {d}"
            )
    ctx.allocate(op, [d + a + b for d, (a, b) in zip(x.shape, pairs, strict=True)])
    return [np.pad(x, pairs, mode="reflect" if reflect else "symmetric")]


@kernel("ReverseV2")
def _reverse_v2(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    axes = tuple(int(a) % max(x.ndim, 1) for a in np.asarray(inputs[1]).reshape(-1))
    return [np.flip(x, axis=axes).copy() if axes else x]


@kernel("GatherNd")
def _gather_nd(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    params, indices = np.asarray(inputs[0]), np.asarray(inputs[1])
    depth = indices.shape[-1]
    flat = indices.reshape(-1, depth)
    for row, index in enumerate(flat):
        for d, i in enumerate(index):
            if not 0 <= i < params.shape[d]:
                where = ", ".join(str(int(v)) for v in np.unravel_index(row, indices.shape[:-1]))
                shown = ", ".join(str(int(v)) for v in index)
                raise KernelError(
                    f"indices[{where}] = [{shown}] does not index into param shape "
                    f"{_dims(params.shape)}, node name: {op._name}"
                )
    ctx.allocate(op, [*indices.shape[:-1], *params.shape[depth:]])
    picked = params[tuple(flat.T)] if depth else np.broadcast_to(params, (len(flat), *params.shape))
    return [picked.reshape(*indices.shape[:-1], *params.shape[depth:]).copy()]


def _cumulative(fn: Any) -> Any:
    def run(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
        x = np.asarray(inputs[0])
        at = _axis(inputs[1], x.ndim, "Expected axis in the range [-{rank}, {rank}), but got {at}")
        dtype = op._outputs[0]._dtype.base_dtype.numpy_type
        if op.attrs["reverse"]:
            x = np.flip(x, axis=at)
        out = fn(x, axis=at, dtype=dtype)
        if op.attrs["exclusive"]:
            identity = np.zeros_like if fn is np.cumsum else np.ones_like
            head = identity(np.take(out, [0], axis=at))
            out = np.concatenate([head, np.delete(out, -1, axis=at)], axis=at) if x.shape[at] else out
        if op.attrs["reverse"]:
            out = np.flip(out, axis=at)
        return [np.ascontiguousarray(out.astype(dtype, copy=False))]

    return run


kernel("Cumsum")(_cumulative(np.cumsum))
kernel("Cumprod")(_cumulative(np.cumprod))


@kernel("ShapeN")
def _shape_n(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    dtype = op._outputs[0]._dtype.base_dtype.numpy_type
    return [np.array(np.asarray(x).shape, dtype=dtype) for x in inputs]


@kernel("BroadcastTo")
def _broadcast_to(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    shape = tuple(int(d) for d in np.asarray(inputs[1]).reshape(-1))
    ctx.allocate(op, shape)
    try:
        return [np.broadcast_to(x, shape).copy()]
    except ValueError:
        raise KernelError(
            f"Unable to broadcast tensor of shape {_dims(x.shape)} to tensor of shape {_dims(shape)}"
        ) from None


@kernel("Einsum")
def _einsum(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    dtype = op._outputs[0]._dtype.base_dtype.numpy_type
    return [np.asarray(np.einsum(op.attrs["equation"], *[np.asarray(x) for x in inputs])).astype(dtype)]


@kernel("MatrixDiagV3")
def _matrix_diag_v3(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """One diagonal k of each [..., rows, cols] matrix, the rest padding_value."""
    diag = np.asarray(inputs[0])
    k, rows, cols = (_int(v) for v in inputs[1:4])
    length = diag.shape[-1]
    if rows == -1 and cols == -1:
        rows = cols = max(length - min(k, 0), length + max(k, 0))
    rows = length - min(k, 0) if rows == -1 else rows
    cols = length + max(k, 0) if cols == -1 else cols
    ctx.allocate(op, (*diag.shape[:-1], rows, cols))
    out = np.full((*diag.shape[:-1], rows, cols), np.asarray(inputs[4]).item(), dtype=diag.dtype)
    for i in range(length):
        r, c = (i, i + k) if k >= 0 else (i - k, i)
        if r < rows and c < cols:
            out[..., r, c] = diag[..., i]
    return [out]


@kernel("MatrixSetDiagV3")
def _matrix_set_diag_v3(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    out = np.array(inputs[0])
    diag, k = np.asarray(inputs[1]), _int(inputs[2])
    for i in range(diag.shape[-1]):
        r, c = (i, i + k) if k >= 0 else (i - k, i)
        if r < out.shape[-2] and c < out.shape[-1]:
            out[..., r, c] = diag[..., i]
    return [out]
