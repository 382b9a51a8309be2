"""Kernels of the convolution and pooling op types (Conv2D/3D as im2col matmul, their transpose
Conv2DBackpropInput as the matmul scattered back, MaxPool/AvgPool 2-D and 3-D) and SelectV2.

Layouts are handled by moving channels last (NHWC / NDHWC) and back; SAME padding splits the
total as TF does (the smaller half before); AvgPool divides by the count of real elements.
"""

from __future__ import annotations

import itertools

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _channels_last(x: Any, data_format: str) -> Any:
    return np.moveaxis(x, 1, -1) if data_format.startswith("NC") else x


def _channels_back(x: Any, data_format: str) -> Any:
    return np.moveaxis(x, -1, 1) if data_format.startswith("NC") else x


def _spatial_attr(values: list[int], data_format: str) -> list[int]:
    """The spatial entries of a strides/ksize/dilations attr."""
    return list(values[2:]) if data_format.startswith("NC") else list(values[1:-1])


def _pads(sizes: list[int], windows: list[int], strides: list[int], dilations: list[int], padding: str,
          explicit: list[int], data_format: str) -> list[tuple[int, int]]:
    """GetWindowedOutputSizeVerbose's padding per spatial dimension."""
    pads = []
    for i, (size, window, stride, dilation) in enumerate(zip(sizes, windows, strides, dilations,
                                                             strict=True)):
        effective = (window - 1) * dilation + 1
        if padding == "SAME":
            out = (size + stride - 1) // stride
            total = max((out - 1) * stride + effective - size, 0)
            pads.append((total // 2, total - total // 2))
        elif padding == "EXPLICIT":
            axis = i + (2 if data_format.startswith("NC") else 1)
            pads.append((explicit[2 * axis], explicit[2 * axis + 1]))
        else:
            pads.append((0, 0))
    return pads


def _windows(x: Any, windows: list[int], strides: list[int], dilations: list[int],
             outs: list[int]) -> list[Any]:
    """Each window offset's strided view of padded x (N, *spatial, C): [N, *outs, C] each."""
    views = []
    for offset in itertools.product(*(range(w) for w in windows)):
        index = (slice(None), *(slice(o * d, o * d + (n - 1) * s + 1, s)
                                for o, d, n, s in zip(offset, dilations, outs, strides, strict=True)),
                 slice(None))
        views.append(x[index])
    return views


def _out_sizes(sizes: list[int], windows: list[int], strides: list[int], dilations: list[int],
               pads: list[tuple[int, int]]) -> list[int]:
    return [(n + p[0] + p[1] - ((w - 1) * d + 1)) // s + 1
            for n, w, s, d, p in zip(sizes, windows, strides, dilations, pads, strict=True)]


def _conv(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """ConvND: windows stacked into columns, one matmul with the filter [*window, Cin, Cout]."""
    fmt = op.attrs["data_format"]
    x = _channels_last(np.asarray(inputs[0]), fmt)
    w = np.asarray(inputs[1])
    spatial = x.ndim - 2
    windows = list(w.shape[:spatial])
    strides = _spatial_attr(op.attrs["strides"], fmt)
    dilations = _spatial_attr(op.attrs["dilations"], fmt)
    if x.shape[-1] % w.shape[-2]:
        raise KernelError(f"input depth must be evenly divisible by filter depth: {x.shape[-1]} vs "
                          f"{w.shape[-2]}")
    if x.shape[-1] != w.shape[-2]:
        raise KernelError("Grouped convolution is not supported by scopecli's CPU kernel")
    pads = _pads(list(x.shape[1:-1]), windows, strides, dilations, op.attrs["padding"],
                 list(op.attrs.get("explicit_paddings") or []), fmt)
    outs = _out_sizes(list(x.shape[1:-1]), windows, strides, dilations, pads)
    ctx.allocate(op, (x.shape[0], *outs, w.shape[-1]))
    padded = np.pad(x, [(0, 0), *pads, (0, 0)])
    columns = np.concatenate(_windows(padded, windows, strides, dilations, outs), axis=-1)
    result = columns.reshape(-1, columns.shape[-1]) @ w.reshape(-1, w.shape[-1])
    result = result.reshape(x.shape[0], *outs, w.shape[-1]).astype(x.dtype)
    return [_channels_back(result, fmt)]


kernel("Conv2D")(_conv)
kernel("Conv3D")(_conv)


@kernel("Conv2DBackpropInput")
def _conv2d_backprop_input(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """The gradient of Conv2D for its input (TF's CPU Conv2DCustomBackpropInputOp)."""

    def mismatch(actual: list[int], computed: list[int]) -> str:
        return ("Conv2DCustomBackpropInput: Size of out_backprop doesn't match computed: actual = "
                f"{actual[0]}, computed = {computed[0]}")

    return backprop_input(op, inputs, ctx, 2, mismatch)


def backprop_input(op: Any, inputs: list[Any], ctx: Any, spatial: int, mismatch: Any) -> list[Any]:
    """Conv{2,3}DBackpropInput over `spatial` dimensions: columns = out_backprop @ filter^T, then
    Col2im adds each output position's patch in row-major order: for one input element that is
    the kernel offsets in descending order, the order kept here so the float32 sums round as TF's.
    `mismatch(actual, computed)` words the error of an out_backprop of the wrong size."""
    fmt = op.attrs["data_format"]
    sizes = [int(v) for v in np.asarray(inputs[0]).reshape(-1)]
    w = np.asarray(inputs[1])
    grad = _channels_last(np.asarray(inputs[2]), fmt)
    if len(sizes) != spatial + 2:
        raise KernelError(f"input_sizes must be {spatial + 2}-dimensional, got: {len(sizes)}")
    shape = _channels_last(np.empty(sizes, dtype=np.int8), fmt).shape
    ctx.allocate(op, shape)
    strides = _spatial_attr(op.attrs["strides"], fmt)
    dilations = _spatial_attr(op.attrs["dilations"], fmt)
    windows = list(w.shape[:spatial])
    sides = list(shape[1:spatial + 1])
    pads = _pads(sides, windows, strides, dilations, op.attrs["padding"],
                 list(op.attrs.get("explicit_paddings") or []), fmt)
    outs = _out_sizes(sides, windows, strides, dilations, pads)
    if list(grad.shape[1:spatial + 1]) != outs or grad.shape[-1] != w.shape[-1]:
        raise KernelError(mismatch(list(grad.shape[1:spatial + 1]), outs))
    offsets = list(itertools.product(*(range(k) for k in windows)))
    columns = grad.reshape(-1, grad.shape[-1]) @ w.reshape(-1, w.shape[-1]).T
    columns = columns.reshape(grad.shape[0], *outs, len(offsets), w.shape[-2])
    padded = np.zeros((shape[0], *(n + sum(p) for n, p in zip(sides, pads, strict=True)), shape[-1]),
                      dtype=grad.dtype)
    for k in reversed(range(len(offsets))):
        index = tuple(slice(o * d, o * d + (n - 1) * s + 1, s)
                      for o, d, n, s in zip(offsets[k], dilations, outs, strides, strict=True))
        padded[(slice(None), *index, slice(None))] += columns[(slice(None),) * (spatial + 1) + (k,)]
    result = padded[(slice(None), *(slice(p[0], p[0] + n) for p, n in zip(pads, sides, strict=True)))]
    return [_channels_back(np.ascontiguousarray(result).astype(grad.dtype), fmt)]


def _pool(reduce: str) -> Any:
    def pool(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
        """Max over each window (padding never wins), or the mean of its real elements."""
        fmt = op.attrs["data_format"]
        x = _channels_last(np.asarray(inputs[0]), fmt)
        windows = _spatial_attr(op.attrs["ksize"], fmt)
        strides = _spatial_attr(op.attrs["strides"], fmt)
        ones = [1] * len(windows)
        pads = _pads(list(x.shape[1:-1]), windows, strides, ones, op.attrs["padding"],
                     list(op.attrs.get("explicit_paddings") or []), fmt)
        outs = _out_sizes(list(x.shape[1:-1]), windows, strides, ones, pads)
        ctx.allocate(op, (x.shape[0], *outs, x.shape[-1]))
        if reduce == "max":
            fill = -np.inf if x.dtype.kind == "f" else np.iinfo(x.dtype).min
            padded = np.pad(x, [(0, 0), *pads, (0, 0)], constant_values=fill)
            result = np.max(np.stack(_windows(padded, windows, strides, ones, outs)), axis=0)
        else:
            padded = np.pad(x, [(0, 0), *pads, (0, 0)])
            real = np.pad(np.ones((1, *x.shape[1:-1], 1), dtype=x.dtype), [(0, 0), *pads, (0, 0)])
            total = np.sum(np.stack(_windows(padded, windows, strides, ones, outs)), axis=0)
            count = np.sum(np.stack(_windows(real, windows, strides, ones, outs)), axis=0)
            result = total / count
        return [_channels_back(result.astype(x.dtype), fmt)]

    return pool


kernel("MaxPool")(_pool("max"))
kernel("MaxPool3D")(_pool("max"))
kernel("AvgPool")(_pool("avg"))
kernel("AvgPool3D")(_pool("avg"))
