"""TruncateDiv's kernel: division rounded toward zero (C semantics), unlike FloorDiv; integer
division by zero is an error, as in TF's CPU kernel."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import register_kernel
from scopecli.evaluate.kernels import KernelError, _elementwise

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _truncate_div(x: Any, y: Any) -> Any:
    if x.dtype.kind in "iu":
        if np.any(y == 0):
            raise KernelError("Integer division by zero")
        # |x| // |y| with the quotient's sign: exact for every integer width (no float round trip)
        return np.sign(x) * np.sign(y) * (np.abs(x) // np.abs(y))
    return np.trunc(np.true_divide(x, y))


register_kernel("TruncateDiv", _elementwise(_truncate_div))
