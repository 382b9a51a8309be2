"""Kernels of the n-d scatter updates (scatter_nd_op.cc): a copy of the reference variable or
tensor with each update assigned, added or subtracted at its index, in index order; an index
outside the shape is an error unless `bad_indices_policy` is IGNORE, and an unknown policy
fails when the kernel is made."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import PY_ITEM, kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_POLICIES = ("", "DEFAULT", "ERROR", "IGNORE")


def _apply(op: Any, base: np.ndarray, indices: Any, updates: Any, mode: str, ctx: Context) -> np.ndarray:
    policy = op.attrs.get("bad_indices_policy", "")
    policy = policy.decode() if isinstance(policy, bytes) else str(policy)
    if policy not in _POLICIES:
        raise KernelError(f"Unknown bad indices handling attribute: {policy}")
    indices, updates = np.asarray(indices), np.asarray(updates)
    out = np.array(base, copy=True)
    shape = list(out.shape)
    depth = indices.shape[-1] if indices.ndim else 0
    flat = indices.reshape(-1, depth)
    ctx.charge(out.size + updates.size + len(flat) * PY_ITEM)
    slices = updates.reshape(len(flat), *shape[depth:]).astype(out.dtype)
    for i, index in enumerate(flat.tolist()):
        if any(not 0 <= v < size for v, size in zip(index, shape, strict=False)):
            if policy == "IGNORE":
                continue
            raise KernelError(f"indices[{i}] = [{', '.join(map(str, index))}] does not index into shape "
                              f"[{','.join(map(str, shape))}]")
        at = tuple(index)
        if mode == "update":
            out[at] = slices[i]
        elif mode == "add":
            out[at] = out[at] + slices[i]
        else:
            out[at] = out[at] - slices[i]
    return out


def _ref_kernel(mode: str) -> Any:
    def compute(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
        ref = inputs[0]
        value = _apply(op, np.asarray(ref.read()), inputs[1], inputs[2], mode, ctx)
        ref.assign(value)
        return [value]

    return compute


def _tensor_kernel(mode: str) -> Any:
    def compute(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
        return [_apply(op, np.asarray(inputs[0]), inputs[1], inputs[2], mode, ctx)]

    return compute


kernel("ScatterNdUpdate")(_ref_kernel("update"))
kernel("ScatterNdAdd")(_ref_kernel("add"))
kernel("ScatterNdSub")(_ref_kernel("sub"))
kernel("TensorScatterUpdate")(_tensor_kernel("update"))
kernel("TensorScatterAdd")(_tensor_kernel("add"))
kernel("TensorScatterSub")(_tensor_kernel("sub"))
