"""The DenseToDenseSetOperation kernel (set_kernels.cc): per row of the leading dimensions, the
sorted values of set1's last dimension minus set2's (or the other way), as SparseTensor parts."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _dims(shape: tuple[int, ...]) -> str:
    return "[" + ",".join(str(d) for d in shape) + "]"


@kernel("DenseToDenseSetOperation")
def _dense_to_dense_set(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    a, b = (np.asarray(v) for v in inputs)
    if a.shape[:-1] != b.shape[:-1]:
        raise KernelError(f"Mismatched shapes {_dims(a.shape[:-1])} vs {_dims(b.shape[:-1])}")
    kind = op.attrs["set_operation"]
    kind = kind.decode() if isinstance(kind, bytes) else kind
    if kind not in ("a-b", "b-a"):
        raise KernelError(f"Invalid set_operation {kind}.")
    first, second = (a, b) if kind == "a-b" else (b, a)
    lead = a.shape[:-1]
    count = int(np.prod(lead))
    rows = first.reshape(-1, first.shape[-1]) if first.size else np.zeros((count, 0), first.dtype)
    others = second.reshape(-1, second.shape[-1]) if second.size else np.zeros((len(rows), 0), second.dtype)
    indices: list[list[int]] = []
    values: list[Any] = []
    width = 0
    for flat, (row, other) in enumerate(zip(rows, others, strict=True)):
        kept = sorted(set(row.tolist()) - set(other.tolist()))
        width = max(width, len(kept))
        where = list(np.unravel_index(flat, lead)) if lead else []
        for j, value in enumerate(kept):
            indices.append([int(w) for w in where] + [j])
            values.append(value)
    ctx.allocate(op, (len(values), len(lead) + 1))
    out_indices = np.asarray(indices, dtype=np.int64).reshape(-1, len(lead) + 1)
    out_values = np.asarray(values, dtype=a.dtype).reshape(-1)
    return [out_indices, out_values, np.asarray([*lead, width], dtype=np.int64)]
