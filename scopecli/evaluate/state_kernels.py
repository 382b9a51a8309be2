"""Kernels of the state ops (state_ops.py): they get their ref input as an executor.VariableRef,
read it and assign the new value, like any other kernel; optimizer Apply* kernels go here too."""

from __future__ import annotations

from typing import Any

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError


@kernel("Assign")
def _assign(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    ref, value = inputs
    value = np.asarray(value)
    # An uninitialised VariableV2 already holds a buffer of its declared shape: TF checks against it.
    lhs = ref.read().shape if ref.variable_op in ref.values else ref.variable_op._outputs[0]._shape.dims_
    if op.attrs.get("validate_shape", True) and lhs is not None and None not in lhs \
            and tuple(lhs) != value.shape:
        shapes = ["[" + ",".join(map(str, s)) + "]" for s in (lhs, value.shape)]
        raise KernelError("Assign requires shapes of both tensors to match. "
                          f"lhs shape= {shapes[0]} rhs shape= {shapes[1]}")
    new = np.array(value, dtype=ref.dtype.numpy_type)
    ref.assign(new)
    return [new]


def _update(sign: int) -> Any:
    def update(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
        ref, value = inputs
        current, value = ref.read(), np.asarray(value)
        if current.shape != value.shape:
            raise KernelError("Parameters and update must be the same size")
        with np.errstate(all="ignore"):
            new = (current + value if sign > 0 else current - value).astype(ref.dtype.numpy_type)
        ref.assign(new)
        return [new]

    return update


kernel("AssignAdd")(_update(1))
kernel("AssignSub")(_update(-1))
