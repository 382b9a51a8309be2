"""The CheckNumerics kernel (check_numerics_op.cc): the input unchanged, or the run fails with
`<message> : Tensor had NaN values` (Inf, or "Inf and NaN") when a value is not finite."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("CheckNumerics")
def _check_numerics(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    x = np.asarray(inputs[0])
    nan, inf = bool(np.isnan(x).any()), bool(np.isinf(x).any())
    if nan or inf:
        status = "Inf and NaN" if nan and inf else ("Inf" if inf else "NaN")
        message = op.attrs["message"]
        if isinstance(message, bytes):
            message = message.decode(errors="replace")
        raise KernelError(f"{message} : Tensor had {status} values")
    return [inputs[0]]
