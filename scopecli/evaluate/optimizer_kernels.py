"""Kernels of the Apply* updates of Adagrad, Adadelta, the proximal optimizers and FTRL
(training_ops.cc CPU functors), in the variable's dtype and Eigen's order of operations:
rsqrt as 1 / sqrt, `var -= a * b` as var - (a * b)."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError
from scopecli.evaluate.sparse_kernels import _checked_rows

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _read(inputs: list[Any], n_refs: int, grad_index: int) -> tuple[Any, list[Any], Any]:
    """The scalar type, the refs' current values (copies) and the gradient, shapes checked."""
    values = [np.array(r.read()) for r in inputs[:n_refs]]
    t = values[0].dtype.type
    grad = np.asarray(inputs[grad_index]).astype(t)
    for value in values[1:] + [grad]:
        if value.shape != values[0].shape:
            raise KernelError(f"var and accum do not have the same shape{list(values[0].shape)} "
                              f"{list(value.shape)}")
    return t, values, grad


def _scalars(t: Any, inputs: list[Any], indices: range | list[int]) -> list[Any]:
    return [t(np.asarray(inputs[i])) for i in indices]


def _store(inputs: list[Any], values: list[Any]) -> list[Any]:
    for ref, value in zip(inputs, values, strict=False):
        ref.assign(value)
    return [values[0]]


def _rsqrt(x: Any) -> Any:
    return x.dtype.type(1) / np.sqrt(x)


@kernel("ApplyAdagrad")
def _apply_adagrad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """accum += grad^2 (update_slots); var -= grad * lr * rsqrt(accum)."""
    t, (var, accum), grad = _read(inputs, 2, 3)
    (lr,) = _scalars(t, inputs, [2])
    with np.errstate(all="ignore"):
        if op.attrs.get("update_slots", True):
            accum = (accum + grad * grad).astype(t)
        var = (var - grad * lr * _rsqrt(accum)).astype(t)
    return _store(inputs, [var, accum])


@kernel("SparseApplyAdagrad")
def _sparse_apply_adagrad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    var, accum = (np.array(r.read()) for r in inputs[:2])
    t = var.dtype.type
    lr = t(np.asarray(inputs[2]))
    indices, grad = _checked_rows(var, inputs[4], inputs[3], op)
    with np.errstate(all="ignore"):
        for i, row in enumerate(indices.tolist()):
            if op.attrs.get("update_slots", True):
                accum[row] = accum[row] + grad[i] * grad[i]
            var[row] = var[row] - lr * grad[i] * _rsqrt(accum[row])
    return _store(inputs, [var, accum])


@kernel("ApplyAdadelta")
def _apply_adadelta(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """accum = accum * rho + grad^2 * (1 - rho); update = sqrt(accum_update + eps) *
    rsqrt(accum + eps) * grad; var -= update * lr; accum_update = accum_update * rho +
    update^2 * (1 - rho)."""
    t, (var, accum, accum_update), grad = _read(inputs, 3, 6)
    lr, rho, eps = _scalars(t, inputs, [3, 4, 5])
    one_minus_rho = t(t(1) - rho)
    with np.errstate(all="ignore"):
        accum = (accum * rho + grad * grad * one_minus_rho).astype(t)
        update = (np.sqrt(accum_update + eps) * _rsqrt(accum + eps) * grad).astype(t)
        var = (var - update * lr).astype(t)
        accum_update = (accum_update * rho + update * update * one_minus_rho).astype(t)
    return _store(inputs, [var, accum, accum_update])


@kernel("SparseApplyAdadelta")
def _sparse_apply_adadelta(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """ApplyAdadelta's update on each indexed row, one row after the other (training_ops.cc)."""
    var, accum, accum_update = (np.array(r.read()) for r in inputs[:3])
    t = var.dtype.type
    lr, rho, eps = (t(np.asarray(v)) for v in inputs[3:6])
    one_minus_rho = t(t(1) - rho)
    indices, grad = _checked_rows(var, inputs[7], inputs[6], op)
    with np.errstate(all="ignore"):
        for i, row in enumerate(indices.tolist()):
            g = grad[i]
            accum[row] = accum[row] * rho + g * g * one_minus_rho
            update = (np.sqrt(accum_update[row] + eps) * _rsqrt(accum[row] + eps) * g).astype(t)
            var[row] = var[row] - update * lr
            accum_update[row] = accum_update[row] * rho + update * update * one_minus_rho
    return _store(inputs, [var, accum, accum_update])


def _proximal(prox: Any, rate: Any, l1: Any, l2: Any, t: Any) -> Any:
    """Fobos: sign(v) * max(|v| - rate * l1, 0) / (1 + rate * l2) (without L1: v / (1 + ...))."""
    if l1 > 0:
        shrunk = np.maximum(np.abs(prox) - rate * l1, t(0))
        return np.sign(prox) * shrunk / (t(1) + rate * l2)
    return prox / (t(1) + rate * l2)


@kernel("ApplyProximalGradientDescent")
def _apply_proximal_gradient_descent(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    t, (var,), grad = _read(inputs, 1, 4)
    lr, l1, l2 = _scalars(t, inputs, [1, 2, 3])
    with np.errstate(all="ignore"):
        prox = (var - grad * lr).astype(t)
        if l1 > 0:
            var = np.sign(prox) * np.maximum(np.abs(prox) - t(lr * l1), t(0)) / (t(1) + t(l2 * lr))
        else:
            var = prox / (t(1) + t(l2 * lr))
    return _store(inputs, [np.asarray(var).astype(t)])


@kernel("ApplyProximalAdagrad")
def _apply_proximal_adagrad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    t, (var, accum), grad = _read(inputs, 2, 5)
    lr, l1, l2 = _scalars(t, inputs, [2, 3, 4])
    with np.errstate(all="ignore"):
        accum = (accum + grad * grad).astype(t)
        rate = (lr * _rsqrt(accum)).astype(t)
        prox = (var - grad * rate).astype(t)
        if l1 > 0:
            var = np.sign(prox) * np.maximum(np.abs(prox) - rate * l1, t(0)) / (t(1) + l2 * rate)
        else:
            var = prox / (t(1) + l2 * rate)
    return _store(inputs, [np.asarray(var).astype(t), accum])


@kernel("ApplyAdagradDA")
def _apply_adagrad_da(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """g += grad; gg += grad^2; var = -lr * sign(g) * max(|g| - step * l1, 0) / (l2 * step * lr +
    sqrt(gg)) (without L1: lr * g * -1 / (...))."""
    t, (var, g_acc, gg_acc), grad = _read(inputs, 3, 3)
    lr, l1, l2 = _scalars(t, inputs, [4, 5, 6])
    step = int(np.asarray(inputs[7]))
    with np.errstate(all="ignore"):
        g_acc = (g_acc + grad).astype(t)
        gg_acc = (gg_acc + grad * grad).astype(t)
        denominator = t(l2 * t(step) * lr) + np.sqrt(gg_acc)
        if l1 > 0:
            shrunk = np.maximum(np.abs(g_acc) - t(t(step) * l1), t(0))
            var = lr * t(-1) * np.sign(g_acc) * shrunk / denominator
        else:
            var = lr * g_acc * t(-1) / denominator
    return _store(inputs, [np.asarray(var).astype(t), g_acc, gg_acc])


def _pow(x: Any, power: Any) -> Any:
    """Eigen's float pow rounds as the float64 power does (numpy's powf can differ by an ulp)."""
    return np.power(x.astype(np.float64), float(power)).astype(x.dtype)


@kernel("ApplyFtrl")
@kernel("ApplyFtrlV2")
def _apply_ftrl(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """ApplyFtrl (V2: the linear term sees grad + 2 * l2_shrinkage * var)."""
    t, (var, accum, linear), grad = _read(inputs, 3, 3)
    v2 = op.type == "ApplyFtrlV2"
    lr, l1, l2 = _scalars(t, inputs, [4, 5, 6])
    shrinkage = t(np.asarray(inputs[7])) if v2 else t(0)
    lr_power = t(np.asarray(inputs[8 if v2 else 7]))
    with np.errstate(all="ignore"):
        shrunk_grad = (grad + t(2) * shrinkage * var).astype(t) if v2 else grad
        new_accum = (accum + grad * grad).astype(t)
        if lr_power == t(-0.5):
            linear = (linear + (shrunk_grad - (np.sqrt(new_accum) - np.sqrt(accum)) / lr * var)).astype(t)
            y = np.sqrt(new_accum) / lr + t(t(2) * l2)
        else:
            new_pow, old_pow = _pow(new_accum, -lr_power), _pow(accum, -lr_power)
            linear = (linear + (shrunk_grad - (new_pow - old_pow) / lr * var)).astype(t)
            y = new_pow / lr + t(t(2) * l2)
        x = l1 * np.sign(linear) - linear
        var = np.where(np.abs(linear) > l1, x / y, t(0)).astype(t)
    return _store(inputs, [var, new_accum, linear])
