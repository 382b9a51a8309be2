"""Kernels of DepthwiseConv2dNative (each input channel convolved with its own `multiplier`
filters: output channel c * multiplier + m), MaxPoolWithArgmax (the flat index of each
window's first maximum, TF's ((b * H + y) * W + x) * C + c) and Conv3DBackpropInputV2 (the
transposed 3-D convolution: each output position's patch added back, then the padding cut)."""

from __future__ import annotations

import itertools

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError
from scopecli.evaluate.nn_conv_kernels import (
    _channels_last,
    _out_sizes,
    _pads,
    _spatial_attr,
    _windows,
    backprop_input,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("DepthwiseConv2dNative")
def _depthwise(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    fmt = op.attrs["data_format"]
    x = _channels_last(np.asarray(inputs[0]), fmt)
    w = np.asarray(inputs[1])
    if x.shape[-1] != w.shape[2]:
        raise KernelError(f"input and filter must have the same depth: {x.shape[-1]} vs {w.shape[2]}")
    windows = list(w.shape[:2])
    strides = _spatial_attr(op.attrs["strides"], fmt)
    dilations = _spatial_attr(op.attrs["dilations"], fmt)
    pads = _pads(list(x.shape[1:3]), windows, strides, dilations, op.attrs["padding"],
                 list(op.attrs.get("explicit_paddings") or []), fmt)
    outs = _out_sizes(list(x.shape[1:3]), windows, strides, dilations, pads)
    depth, multiplier = w.shape[2], w.shape[3]
    ctx.allocate(op, (x.shape[0], *outs, depth * multiplier))
    padded = np.pad(x, [(0, 0), *pads, (0, 0)])
    views = np.stack(_windows(padded, windows, strides, dilations, outs), axis=-1)  # N, OH, OW, C, K
    taps = w.reshape(-1, depth, multiplier).transpose(1, 0, 2)  # C, K, M
    result = np.einsum("nhwck,ckm->nhwcm", views, taps).reshape(x.shape[0], *outs, depth * multiplier)
    result = result.astype(x.dtype)
    return [np.moveaxis(result, -1, 1) if fmt.startswith("NC") else result]


@kernel("MaxPoolWithArgmax")
def _max_pool_with_argmax(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    x = np.asarray(inputs[0])
    n, height, width, depth = x.shape
    windows = list(op.attrs["ksize"][1:3])
    strides = list(op.attrs["strides"][1:3])
    pads = _pads([height, width], windows, strides, [1, 1], op.attrs["padding"], [], "NHWC")
    outs = _out_sizes([height, width], windows, strides, [1, 1], pads)
    ctx.allocate(op, (n, *outs, depth))
    fill = -np.inf if x.dtype.kind == "f" else np.iinfo(x.dtype).min
    padded = np.pad(x, [(0, 0), *pads, (0, 0)], constant_values=fill)
    best = np.full((n, *outs, depth), fill, dtype=x.dtype)
    index = np.zeros((n, *outs, depth), dtype=np.int64)
    rows = np.arange(outs[0])[:, None] * strides[0] - pads[0][0]
    cols = np.arange(outs[1])[None, :] * strides[1] - pads[1][0]
    batch = np.arange(n)[:, None, None, None]
    channel = np.arange(depth)[None, None, None, :]
    for i, j in itertools.product(range(windows[0]), range(windows[1])):
        view = padded[:, i:i + (outs[0] - 1) * strides[0] + 1:strides[0],
                      j:j + (outs[1] - 1) * strides[1] + 1:strides[1], :]
        better = view > best
        flat = ((rows + i) * width + (cols + j))[None, :, :, None] * depth + channel
        if op.attrs["include_batch_in_index"]:
            flat = flat + batch * height * width * depth
        best = np.where(better, view, best)
        index = np.where(better, flat, index)
    return [best, index.astype(op._outputs[1]._dtype.base_dtype.numpy_type)]


@kernel("Conv3DBackpropInputV2")
def _conv3d_backprop_input(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    return backprop_input(op, inputs, ctx, 3, lambda actual, computed: (
        "Conv3DBackpropInputOp: out_backprop does not match the computed output shape"))
