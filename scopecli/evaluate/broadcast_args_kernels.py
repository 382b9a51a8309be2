"""The BroadcastArgs kernel (tf.broadcast_dynamic_shape, linspace's broadcast shape): BCast of two
shape vectors, TF's message when they are incompatible."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("BroadcastArgs")
def _broadcast_args(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """BCast of two shape vectors (tf.broadcast_dynamic_shape, linspace's broadcast shape)."""
    s0, s1 = (np.asarray(v) for v in inputs)
    try:
        shape = np.broadcast_shapes(tuple(int(d) for d in s0), tuple(int(d) for d in s1))
    except ValueError:
        raise KernelError(f"Incompatible shapes: [{','.join(str(int(d)) for d in s0)}] vs. "
                          f"[{','.join(str(int(d)) for d in s1)}]") from None
    return [np.asarray(shape, dtype=s0.dtype).reshape(-1)]
