"""Kernels of the sparse update op types (unique_op.cc, segment_reduction_ops.cc,
scatter_op.cc, training_ops.cc's SparseApply*): rows of a variable updated at indices, in
index order (a repeated index is applied once per occurrence)."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("Unique")
def _unique(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """The distinct values in order of first appearance, and each element's position among them."""
    x = np.asarray(inputs[0])
    if x.ndim != 1:
        raise KernelError(f"unique expects a 1D vector.{''}")
    order: dict[Any, int] = {}
    idx = np.empty(x.shape, dtype=np.dtype(op.attrs["out_idx"].as_numpy_dtype))
    for i, v in enumerate(x.tolist()):
        idx[i] = order.setdefault(v, len(order))
    return [np.array(list(order), dtype=x.dtype), idx]


@kernel("UnsortedSegmentSum")
def _unsorted_segment_sum(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    data, ids = np.asarray(inputs[0]), np.asarray(inputs[1])
    rows = int(np.asarray(inputs[2]))
    if data.shape[:ids.ndim] != ids.shape:
        raise KernelError(f"data.shape = [{','.join(map(str, data.shape))}] does not start with "
                          f"segment_ids.shape = [{','.join(map(str, ids.shape))}]")
    tail = data.shape[ids.ndim:]
    ctx.allocate(op, (rows, *tail))
    out = np.zeros((rows, *tail), dtype=data.dtype)
    flat_ids = ids.reshape(-1)
    flat = data.reshape(len(flat_ids), *tail)
    for i, segment in enumerate(flat_ids.tolist()):
        if segment >= rows:
            raise KernelError(f"segment_ids[{i}] = {segment} is out of range [0, {rows})")
        if segment >= 0:
            out[segment] = out[segment] + flat[i]
    return [out]


def _checked_rows(var: Any, indices: Any, updates: Any, op: Any) -> tuple[Any, Any]:
    indices = np.asarray(indices).reshape(-1)
    updates = np.asarray(updates).astype(var.dtype).reshape(len(indices), *var.shape[1:])
    for i, row in enumerate(indices.tolist()):
        if not 0 <= row < var.shape[0]:
            raise KernelError(f"indices[{i}] = {row} is not in [0, {var.shape[0]})")
    return indices, updates


def _scatter(sign: int) -> Any:
    def scatter(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
        ref = inputs[0]
        var = np.array(ref.read())
        indices, updates = _checked_rows(var, inputs[1], inputs[2], op)
        with np.errstate(all="ignore"):
            for i, row in enumerate(indices.tolist()):
                var[row] = var[row] + updates[i] if sign > 0 else var[row] - updates[i]
        ref.assign(var)
        return [var]

    return scatter


kernel("ScatterAdd")(_scatter(1))
kernel("ScatterSub")(_scatter(-1))


@kernel("SparseApplyMomentum")
def _sparse_apply_momentum(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    var_ref, accum_ref, lr, grad, indices, momentum = inputs
    var, accum = np.array(var_ref.read()), np.array(accum_ref.read())
    t = var.dtype.type
    lr, momentum = t(np.asarray(lr)), t(np.asarray(momentum))
    indices, grad = _checked_rows(var, indices, grad, op)
    with np.errstate(all="ignore"):
        for i, row in enumerate(indices.tolist()):
            accum[row] = accum[row] * momentum + grad[i]
            if op.attrs.get("use_nesterov"):
                var[row] = var[row] - (grad[i] * lr + accum[row] * momentum * lr)
            else:
                var[row] = var[row] - accum[row] * lr
    accum_ref.assign(accum)
    var_ref.assign(var)
    return [var]


@kernel("SparseApplyRMSProp")
@kernel("SparseApplyCenteredRMSProp")
def _sparse_apply_rms_prop(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    centered = op.type == "SparseApplyCenteredRMSProp"
    refs = inputs[:4] if centered else inputs[:3]
    var, *slots = (np.array(r.read()) for r in refs)
    t = var.dtype.type
    lr, rho, momentum, eps = (t(np.asarray(x)) for x in inputs[len(refs):len(refs) + 4])
    indices, grad = _checked_rows(var, inputs[-1], inputs[-2], op)
    mg, ms, mom = slots if centered else (None, *slots)
    one_minus_rho = t(t(1) - rho)
    with np.errstate(all="ignore"):
        for i, row in enumerate(indices.tolist()):
            g = grad[i]
            ms[row] = ms[row] + (g * g - ms[row]) * one_minus_rho
            denom = ms[row] + eps
            if mg is not None:
                mg[row] = mg[row] + (g - mg[row]) * one_minus_rho
                denom = (ms[row] - mg[row] * mg[row]) + eps
            mom[row] = mom[row] * momentum + (g * lr) / np.sqrt(denom)
            var[row] = var[row] - mom[row]
    for ref, value in zip(refs, (var, *slots), strict=True):
        ref.assign(value)
    return [var]


@kernel("ScatterNd")
def _scatter_nd(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """zeros(shape) with each update added at its index (repeated indices add up)."""
    indices, updates = np.asarray(inputs[0]), np.asarray(inputs[1])
    shape = [int(d) for d in np.asarray(inputs[2]).reshape(-1)]
    ctx.allocate(op, shape)
    depth = indices.shape[-1]
    flat_indices = indices.reshape(-1, depth)
    out = np.zeros(shape, dtype=updates.dtype)
    flat_updates = updates.reshape(len(flat_indices), *shape[depth:])
    for i, index in enumerate(flat_indices.tolist()):
        for value, size in zip(index, shape, strict=False):
            if not 0 <= value < size:
                raise KernelError(f"indices[{i}] = [{', '.join(map(str, index))}] does not index into shape "
                                  f"[{','.join(map(str, shape))}]")
        out[tuple(index)] = out[tuple(index)] + flat_updates[i]
    return [out]


@kernel("ListDiff")
def _list_diff(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """The values of x not in y, in x's order, and their positions in x."""
    x, y = (np.asarray(v).reshape(-1) for v in inputs)
    drop = set(y.tolist())
    keep = [i for i, v in enumerate(x.tolist()) if v not in drop]
    return [x[keep], np.array(keep, dtype=np.dtype(op.attrs["out_idx"].as_numpy_dtype))]


@kernel("MirrorPadGrad")
def _mirror_pad_grad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """Each padded position's gradient added back to the element it mirrors (REFLECT leaves the
    edge out of the mirror, SYMMETRIC repeats it), one axis after the other."""
    grad = np.asarray(inputs[0])
    paddings = np.asarray(inputs[1]).reshape(-1, 2)
    shift = 1 if op.attrs["mode"] == "REFLECT" else 0
    for axis, (before, after) in enumerate(paddings.tolist()):
        n = grad.shape[axis] - before - after
        if n < 0 or before > n - shift or after > n - shift:
            raise KernelError(f"paddings must be less than the dimension size: {before}, {after}")
        core = np.take(grad, range(before, before + n), axis=axis).copy()
        moved = np.moveaxis(core, axis, 0)
        for p in range(before):
            moved[before - p - 1 + shift] += np.take(grad, p, axis=axis)
        for j in range(after):
            moved[n - 1 - shift - j] += np.take(grad, before + n + j, axis=axis)
        grad = core
    return [grad]


@kernel("Diag")
def _diag(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """A tensor of the diagonal's shape twice, the diagonal's elements at [i..., i...]."""
    d = np.asarray(inputs[0])
    ctx.allocate(op, (*d.shape, *d.shape))
    out = np.zeros((d.size, d.size), dtype=d.dtype)
    out[np.arange(d.size), np.arange(d.size)] = d.reshape(-1)
    return [out.reshape(*d.shape, *d.shape)]
