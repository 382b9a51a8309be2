"""Kernels of Dilation2D and its gradients as dilation_ops.cc computes them: each output is the
maximum over its window of input + filter (positions in the padding skipped), and the
gradients go to the first position holding that maximum (row-major window order)."""

from __future__ import annotations

import itertools

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError
from scopecli.evaluate.nn_conv_kernels import _out_sizes, _pads

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _geometry(op: Any, x: np.ndarray, w: np.ndarray) -> tuple[Any, ...]:
    if x.ndim != 4 or w.ndim != 3:
        raise KernelError(f"input must be 4-dimensional{list(x.shape)}")
    if x.shape[3] != w.shape[2]:
        raise KernelError(f"input and filter must have the same depth: {x.shape[3]} vs {w.shape[2]}")
    strides = [int(op.attrs["strides"][1]), int(op.attrs["strides"][2])]
    rates = [int(op.attrs["rates"][1]), int(op.attrs["rates"][2])]
    windows = list(w.shape[:2])
    pads = _pads(list(x.shape[1:3]), windows, strides, rates, op.attrs["padding"], [], "NHWC")
    outs = _out_sizes(list(x.shape[1:3]), windows, strides, rates, pads)
    if min(outs) <= 0:
        raise KernelError("Computed output size would be negative")
    return strides, rates, windows, pads, outs


def _candidates(x: np.ndarray, w: np.ndarray, geometry: tuple[Any, ...]) -> tuple[np.ndarray, list[Any]]:
    """[offsets, N, out_rows, out_cols, C]: input + filter at each window offset, -inf (the
    lowest value) in the padding; and the offsets in row-major order."""
    strides, rates, windows, pads, outs = geometry
    lowest = -np.inf if np.issubdtype(x.dtype, np.floating) else np.iinfo(x.dtype).min
    padded = np.pad(x.astype(np.float64), [(0, 0), *pads, (0, 0)], constant_values=lowest)
    offsets = list(itertools.product(range(windows[0]), range(windows[1])))
    stack = []
    for dy, dx in offsets:
        view = padded[:, dy * rates[0]: dy * rates[0] + (outs[0] - 1) * strides[0] + 1: strides[0],
                      dx * rates[1]: dx * rates[1] + (outs[1] - 1) * strides[1] + 1: strides[1], :]
        stack.append(view + w[dy, dx].astype(np.float64))
    return np.stack(stack), offsets


@kernel("Dilation2D")
def _dilation2d(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x, w = np.asarray(inputs[0]), np.asarray(inputs[1])
    geometry = _geometry(op, x, w)
    outs = geometry[4]
    ctx.allocate(op, (x.shape[0], *outs, x.shape[3]))
    ctx.charge(x.shape[0] * outs[0] * outs[1] * x.shape[3] * w.shape[0] * w.shape[1])
    stack, _ = _candidates(x, w, geometry)
    return [stack.max(axis=0).astype(x.dtype)]


def _backprop(op: Any, inputs: list[Any], ctx: Context, to_input: bool) -> np.ndarray:
    x, w, grad = (np.asarray(v) for v in inputs)
    geometry = _geometry(op, x, w)
    strides, rates, _, pads, outs = geometry
    ctx.charge(x.shape[0] * outs[0] * outs[1] * x.shape[3] * w.shape[0] * w.shape[1])
    stack, offsets = _candidates(x, w, geometry)
    best = stack.argmax(axis=0)  # the first maximum, as the kernel's strict `>` keeps it
    result = np.zeros(x.shape if to_input else w.shape, dtype=x.dtype)
    batch, rows, cols, depth = np.indices(best.shape)
    dy = np.array([o[0] for o in offsets])[best]
    dx = np.array([o[1] for o in offsets])[best]
    if to_input:
        y_in = rows * strides[0] - pads[0][0] + dy * rates[0]
        x_in = cols * strides[1] - pads[1][0] + dx * rates[1]
        np.add.at(result, (batch, y_in, x_in, depth), grad)
    else:
        np.add.at(result, (dy, dx, depth), grad)
    return result


@kernel("Dilation2DBackpropInput")
def _dilation2d_backprop_input(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    return [_backprop(op, inputs, ctx, True)]


@kernel("Dilation2DBackpropFilter")
def _dilation2d_backprop_filter(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    return [_backprop(op, inputs, ctx, False)]
