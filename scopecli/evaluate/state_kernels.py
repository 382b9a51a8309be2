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
    new = np.array(np.asarray(value), dtype=ref.dtype.numpy_type)
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


@kernel("ApplyGradientDescent")
def _apply_gradient_descent(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """var -= delta * alpha (training_ops.cc), in the variable's dtype."""
    ref, alpha, delta = inputs
    current, delta = ref.read(), np.asarray(delta)
    if current.shape != delta.shape:
        raise KernelError("var and delta do not have the same shape"
                          f"{list(current.shape)} {list(delta.shape)}")
    dtype = ref.dtype.numpy_type
    with np.errstate(all="ignore"):
        new = (current - (delta.astype(dtype) * np.asarray(alpha, dtype=dtype))).astype(dtype)
    ref.assign(new)
    return [new]
