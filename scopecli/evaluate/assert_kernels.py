"""Kernels of Assert (logging_ops.cc AssertOp: "assertion failed: [..] [..]", each datum as
Tensor::SummarizeValue prints it) and ReverseSequence (each example reversed up to its length)."""

from __future__ import annotations

from typing import Any

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError


def _element(value: Any) -> str:
    """PrintOneElement (print_v2=false): strings raw, floats as StrCat prints them."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (np.floating, float)):
        single = isinstance(value, np.float32)
        text = f"{float(value):.6g}"
        if (np.float32(text) != value) if single else (float(text) != float(value)):
            text = f"{float(value):.{9 if single else 17}g}"  # FloatToBuffer's round-trip fallback
        return text
    if isinstance(value, (np.bool_, bool)):
        return "1" if value else "0"
    return str(value)


def summarize(array: np.ndarray, limit: int) -> str:
    """Tensor::SummarizeValue(limit): at most `limit` elements, nested in brackets by dimension,
    "..." where elements were left out."""
    flat = array.reshape(-1)
    total = flat.size
    limit = total if limit < 0 else min(limit, total)
    shape = array.shape
    out: list[str] = []
    if not shape:
        out.extend(_element(v) for v in flat[:limit])
        return " ".join(out) + ("..." if total > limit else "")
    index = [0]

    def one_dim(dim: int) -> None:
        if index[0] >= limit:
            return
        count = shape[dim]
        if dim == len(shape) - 1:
            for i in range(count):
                if index[0] >= limit:
                    if dim != 0:
                        out.append("...")
                    return
                if i > 0:
                    out.append(" ")
                out.append(_element(flat[index[0]]))
                index[0] += 1
            return
        for _ in range(count):
            opened = False
            if index[0] < limit:
                out.append("[")
                opened = True
            one_dim(dim + 1)
            if index[0] < limit or opened:
                out.append("]")

    one_dim(0)
    return "".join(out) + ("..." if total > limit else "")


@kernel("Assert")
def _assert(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    condition = np.asarray(inputs[0])
    if condition.size != 1:
        raise KernelError(f"In[0] should be a scalar: {condition.shape}")
    if not bool(condition.reshape(-1)[0]):
        limit = int(op.attrs.get("summarize", 3))
        parts = [f"[{summarize(np.asarray(value), limit)}]" for value in inputs[1:]]
        raise KernelError("assertion failed: " + " ".join(parts))
    return []


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
        if length > x.shape[seq_dim] or length < 0:
            raise KernelError(f"seq_lens({b}) > input.dims({seq_dim})")
        where: list[Any] = [slice(None)] * x.ndim
        where[batch_dim] = b
        where[seq_dim] = slice(0, int(length))
        src = x[tuple(where)]
        axis = seq_dim - (1 if batch_dim < seq_dim else 0)
        out[tuple(where)] = np.flip(src, axis=axis)
    return [out]
