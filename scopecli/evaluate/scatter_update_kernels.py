"""The kernel of ScatterUpdate: rows of the variable replaced by the updates (a scalar update
fills every indexed row), with ScatterUpdateOp's bounds check."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("ScatterUpdate")
def _scatter_update(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    ref = inputs[0]
    var = np.array(ref.read())
    indices = np.asarray(inputs[1]).reshape(-1)
    updates = np.asarray(inputs[2]).astype(var.dtype)
    if updates.ndim:
        updates = updates.reshape(len(indices), *var.shape[1:])
    for i, row in enumerate(indices.tolist()):
        if not 0 <= row < var.shape[0]:
            raise KernelError(f"indices[{i}] = {row} is not in [0, {var.shape[0]})")
        var[row] = updates[i] if updates.ndim else updates
    ref.assign(var)
    return [var]
