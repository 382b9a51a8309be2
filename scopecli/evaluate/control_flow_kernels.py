"""The Assert kernel (logging_ops.cc AssertOp): InvalidArgumentError "assertion failed: [..] [..]"
with each data tensor summarized to `summarize` values, when the condition is false."""

from __future__ import annotations

import numpy as np

from scopecli.engine.op_def import summarize
from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("Assert")
def _assert(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    condition = np.asarray(inputs[0])
    if condition.ndim != 0:
        raise KernelError(f"In[0] should be a scalar: {_shape_text(condition)}")
    if bool(condition):
        return []
    limit = int(op.attrs["summarize"])
    parts = [f"[{summarize(_decoded(value), limit)}]" for value in inputs[1:]]
    raise KernelError("assertion failed: " + " ".join(parts))


def _decoded(value: Any) -> Any:
    array = np.asarray(value)
    if array.dtype == object:  # string tensors hold bytes: printed as their text
        return np.vectorize(lambda b: b.decode(errors="replace") if isinstance(b, bytes) else b,
                            otypes=[object])(array)
    return array


def _shape_text(array: np.ndarray) -> str:
    return "[" + ",".join(str(d) for d in array.shape) + "]"
