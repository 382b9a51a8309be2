"""Kernels of the state ops (state_ops.py): they get their ref input as an executor.VariableRef,
read it and assign the new value, like any other kernel; optimizer Apply* kernels go here too."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


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


@kernel("ApplyAdam")
def _apply_adam(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """training_ops.cc (use_nesterov false), in the variable's dtype:
    alpha = lr * sqrt(1 - beta2_power) / (1 - beta1_power); m += (g - m) * (1 - beta1);
    v += (g^2 - v) * (1 - beta2); var -= (m * alpha) / (sqrt(v) + epsilon)."""
    var_ref, m_ref, v_ref = inputs[:3]
    dtype = np.dtype(var_ref.dtype.numpy_type).type
    b1p, b2p, lr, beta1, beta2, eps = (dtype(np.asarray(x)) for x in inputs[3:9])
    grad = np.asarray(inputs[9]).astype(dtype)
    var, m, v = var_ref.read(), m_ref.read(), v_ref.read()
    for name, value in (("m", m), ("v", v), ("grad", grad)):
        if value.shape != var.shape:
            raise KernelError(f"var and {name} do not have the same shape"
                              f"{list(var.shape)} {list(value.shape)}")
    one = dtype(1)
    with np.errstate(all="ignore"):
        alpha = dtype(dtype(lr * np.sqrt(one - b2p)) / dtype(one - b1p))
        m = (m + (grad - m) * dtype(one - beta1)).astype(dtype)
        v = (v + (np.square(grad) - v) * dtype(one - beta2)).astype(dtype)
        new = (var - (m * alpha) / (np.sqrt(v) + eps)).astype(dtype)
    m_ref.assign(m)
    v_ref.assign(v)
    var_ref.assign(new)
    return [new]


def _refs_and_scalars(inputs: list[Any], n_refs: int,
                      scalars: slice) -> tuple[Any, list[Any], list[Any], Any]:
    """The variable's scalar type, the refs' current values, the scalar hyper-parameters and
    the gradient (the last input), all in the variable's dtype."""
    dtype = np.dtype(inputs[0].dtype.numpy_type).type
    values = [ref.read() for ref in inputs[:n_refs]]
    grad = np.asarray(inputs[-1]).astype(dtype)
    for value in values[1:] + [grad]:
        if value.shape != values[0].shape:
            raise KernelError(f"var and accum do not have the same shape{list(values[0].shape)} "
                              f"{list(value.shape)}")
    return dtype, values, [dtype(np.asarray(x)) for x in inputs[scalars]], grad


@kernel("ApplyMomentum")
def _apply_momentum(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """accum = accum * momentum + grad; var -= accum * lr (nesterov: grad * lr + accum * momentum * lr)."""
    dtype, (var, accum), (lr,), grad = _refs_and_scalars(inputs[:4], 2, slice(2, 3))
    momentum = dtype(np.asarray(inputs[4]))
    with np.errstate(all="ignore"):
        accum = (accum * momentum + grad).astype(dtype)
        if op.attrs.get("use_nesterov"):
            new = var - (grad * lr + accum * momentum * lr)
        else:
            new = var - accum * lr
    new = new.astype(dtype)
    inputs[1].assign(accum)
    inputs[0].assign(new)
    return [new]


@kernel("ApplyRMSProp")
def _apply_rms_prop(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """ms += (grad^2 - ms) * (1 - rho); mom = mom * momentum + grad * lr / sqrt(ms + epsilon);
    var -= mom."""
    dtype, (var, ms, mom), (lr, rho, momentum, eps), grad = _refs_and_scalars(inputs, 3, slice(3, 7))
    with np.errstate(all="ignore"):
        ms = (ms + (np.square(grad) - ms) * dtype(dtype(1) - rho)).astype(dtype)
        mom = (mom * momentum + (grad * lr) / np.sqrt(ms + eps)).astype(dtype)
        new = (var - mom).astype(dtype)
    inputs[1].assign(ms)
    inputs[2].assign(mom)
    inputs[0].assign(new)
    return [new]


@kernel("ApplyCenteredRMSProp")
def _apply_centered_rms_prop(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """As ApplyRMSProp with mg += (grad - mg) * (1 - rho) and sqrt(ms - mg^2 + epsilon)."""
    dtype, (var, mg, ms, mom), (lr, rho, momentum, eps), grad = _refs_and_scalars(inputs, 4, slice(4, 8))
    with np.errstate(all="ignore"):
        one_minus_rho = dtype(dtype(1) - rho)
        ms = (ms + (np.square(grad) - ms) * one_minus_rho).astype(dtype)
        mg = (mg + (grad - mg) * one_minus_rho).astype(dtype)
        denom = (ms - np.square(mg)) + eps
        mom = (mom * momentum + (grad * lr) / np.sqrt(denom)).astype(dtype)
        new = (var - mom).astype(dtype)
    inputs[1].assign(mg)
    inputs[2].assign(ms)
    inputs[3].assign(mom)
    inputs[0].assign(new)
    return [new]


@kernel("CountUpTo")
def _count_up_to(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """count_up_to_op.cc: the value before, incremented in place; at the limit, OutOfRangeError."""
    (ref,) = inputs
    before = np.array(ref.read())  # a copy: the assignment below may reuse the buffer
    limit = op.attrs["limit"]
    if int(before) >= limit:
        raise KernelError(f"Reached limit of {limit}", "OutOfRangeError")
    ref.assign(np.asarray(before + 1, dtype=ref.dtype.numpy_type))
    return [np.asarray(before, dtype=ref.dtype.numpy_type)]
