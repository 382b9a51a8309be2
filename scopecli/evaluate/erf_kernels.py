"""The Erf and Erfc kernels: the error function and its complement elementwise (numpy has
neither; math.erf / math.erfc per element, in double, rounded to the op's dtype)."""

from __future__ import annotations

import math

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _elementwise(fn: Any) -> Any:
    ufunc = np.frompyfunc(fn, 1, 1)

    def compute(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
        x = np.asarray(inputs[0])
        ctx.charge(x.size)  # a Python call per element: charged as work done outside numpy's C loops
        result = ufunc(x.astype(np.float64)).astype(np.float64)
        return [np.asarray(result, dtype=x.dtype)]

    return compute


kernel("Erf")(_elementwise(math.erf))
kernel("Erfc")(_elementwise(math.erfc))
