"""The kernel of VariableShape: the shape of the variable a resource handle points at."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context
from scopecli.evaluate.resource_kernels import _handle

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("VariableShape")
def _variable_shape(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    value = _handle(inputs[0]).read()
    return [np.asarray(value.shape, dtype=op._outputs[0]._dtype.base_dtype.numpy_type)]
