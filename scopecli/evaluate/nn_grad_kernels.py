"""Kernels of the backprop op types the conv, pool, batch norm and LRN gradients build
(conv_grad_filter_ops.cc, depthwise_conv_grad_op.cc, maxpooling_op.cc, avgpooling_op.cc,
fused_batch_norm_op.cc, lrn_op.cc), over the window helpers of nn_conv_kernels.

Windows are walked as the forward kernels walk them (each kernel offset's strided view of the
padded input); a max pool's gradient goes to the first maximum of its window in row-major
order, padding never wins, as TF's CPU kernels do."""

from __future__ import annotations

import itertools

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError
from scopecli.evaluate.nn_conv_kernels import (
    _channels_back,
    _channels_last,
    _out_sizes,
    _pads,
    _spatial_attr,
    _windows,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _sizes(value: Any) -> list[int]:
    return [int(v) for v in np.asarray(value).reshape(-1)]


def _geometry(op: Any, x_shape: tuple[int, ...], windows: list[int], dilated: bool = True) -> tuple[Any, ...]:
    """(strides, dilations, pads, outs) of a window op over channels-last `x_shape`."""
    fmt = op.attrs["data_format"]
    strides = _spatial_attr(op.attrs["strides"], fmt)
    dilations = _spatial_attr(op.attrs["dilations"], fmt) if dilated else [1] * len(windows)
    sides = list(x_shape[1:-1])
    pads = _pads(sides, windows, strides, dilations, op.attrs["padding"],
                 list(op.attrs.get("explicit_paddings") or []), fmt)
    return strides, dilations, pads, _out_sizes(sides, windows, strides, dilations, pads)


def _offset_index(offset: tuple[int, ...], dilations: list[int], outs: list[int],
                  strides: list[int]) -> tuple[slice, ...]:
    """The strided view of one kernel offset over the padded input (N, *spatial, C)."""
    return (slice(None), *(slice(o * d, o * d + (n - 1) * s + 1, s)
                           for o, d, n, s in zip(offset, dilations, outs, strides, strict=True)), slice(None))


def _unpad(padded: Any, pads: list[tuple[int, int]], sides: list[int]) -> Any:
    return padded[(slice(None), *(slice(p[0], p[0] + n) for p, n in zip(pads, sides, strict=True)))]


def _check_backprop(op: Any, grad: Any, outs: list[int], depth: int) -> None:
    if list(grad.shape[1:-1]) != outs or grad.shape[-1] != depth:
        raise KernelError(f"{op.type}: Size of out_backprop doesn't match computed: actual = "
                          f"{grad.shape[1]}, computed = {outs[0]}")


@kernel("Conv2DBackpropFilter")
@kernel("Conv3DBackpropFilterV2")
def _conv_backprop_filter(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """Filter gradient: the input's im2col columns transposed times out_backprop."""
    fmt = op.attrs["data_format"]
    x = _channels_last(np.asarray(inputs[0]), fmt)
    filter_shape = _sizes(inputs[1])
    grad = _channels_last(np.asarray(inputs[2]), fmt)
    spatial = x.ndim - 2
    if len(filter_shape) != spatial + 2:
        raise KernelError(f"filter_sizes must be {spatial + 2}-dimensional, got: {len(filter_shape)}")
    windows = filter_shape[:spatial]
    ctx.allocate(op, tuple(filter_shape))
    strides, dilations, pads, outs = _geometry(op, x.shape, windows)
    _check_backprop(op, grad, outs, filter_shape[-1])
    padded = np.pad(x, [(0, 0), *pads, (0, 0)])
    columns = np.concatenate(_windows(padded, windows, strides, dilations, outs), axis=-1)
    result = columns.reshape(-1, columns.shape[-1]).T @ grad.reshape(-1, grad.shape[-1])
    return [result.reshape(filter_shape).astype(x.dtype)]


@kernel("DepthwiseConv2dNativeBackpropInput")
def _depthwise_backprop_input(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    fmt = op.attrs["data_format"]
    sizes = _sizes(inputs[0])
    w = np.asarray(inputs[1])
    grad = _channels_last(np.asarray(inputs[2]), fmt)
    shape = _channels_last(np.empty(sizes, dtype=np.int8), fmt).shape
    ctx.allocate(op, shape)
    windows = list(w.shape[:2])
    strides, dilations, pads, outs = _geometry(op, shape, windows)
    _check_backprop(op, grad, outs, w.shape[2] * w.shape[3])
    per_channel = grad.reshape(*grad.shape[:-1], w.shape[2], w.shape[3])
    padded = np.zeros((shape[0], *(n + sum(p) for n, p in zip(shape[1:-1], pads, strict=True)), shape[-1]),
                      dtype=grad.dtype)
    for offset in itertools.product(*(range(k) for k in windows)):
        padded[_offset_index(offset, dilations, outs, strides)] += (per_channel * w[offset]).sum(axis=-1)
    result = _unpad(padded, pads, list(shape[1:-1]))
    return [_channels_back(np.ascontiguousarray(result).astype(grad.dtype), fmt)]


@kernel("DepthwiseConv2dNativeBackpropFilter")
def _depthwise_backprop_filter(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    fmt = op.attrs["data_format"]
    x = _channels_last(np.asarray(inputs[0]), fmt)
    filter_shape = _sizes(inputs[1])
    grad = _channels_last(np.asarray(inputs[2]), fmt)
    ctx.allocate(op, tuple(filter_shape))
    windows = filter_shape[:2]
    strides, dilations, pads, outs = _geometry(op, x.shape, windows)
    _check_backprop(op, grad, outs, filter_shape[2] * filter_shape[3])
    per_channel = grad.reshape(*grad.shape[:-1], filter_shape[2], filter_shape[3])
    padded = np.pad(x, [(0, 0), *pads, (0, 0)])
    result = np.zeros(filter_shape, dtype=x.dtype)
    for offset in itertools.product(*(range(k) for k in windows)):
        view = padded[_offset_index(offset, dilations, outs, strides)]
        result[offset] = (view[..., None] * per_channel).sum(axis=(0, 1, 2))
    return [result]


def _max_positions(op: Any, x: Any) -> tuple[Any, ...]:
    """For each output of the max pool over channels-last x: the index (into the window
    offsets) of the first maximum, and the geometry."""
    fmt = op.attrs["data_format"]
    windows = _spatial_attr(op.attrs["ksize"], fmt)
    strides, dilations, pads, outs = _geometry(op, x.shape, windows, dilated=False)
    fill = -np.inf if x.dtype.kind == "f" else np.iinfo(x.dtype).min
    padded = np.pad(x, [(0, 0), *pads, (0, 0)], constant_values=fill)
    stacked = np.stack(_windows(padded, windows, strides, dilations, outs))
    return np.argmax(stacked, axis=0), windows, strides, dilations, pads, outs, padded.shape


@kernel("MaxPoolGrad")
@kernel("MaxPool3DGrad")
def _max_pool_grad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    fmt = op.attrs["data_format"]
    x = _channels_last(np.asarray(inputs[0]), fmt)
    grad = _channels_last(np.asarray(inputs[2]), fmt)
    ctx.allocate(op, x.shape)
    first, windows, strides, dilations, pads, outs, padded_shape = _max_positions(op, x)
    _check_backprop(op, grad, outs, x.shape[-1])
    padded = np.zeros(padded_shape, dtype=grad.dtype)
    for k, offset in enumerate(itertools.product(*(range(w) for w in windows))):
        padded[_offset_index(offset, dilations, outs, strides)] += np.where(first == k, grad, 0)
    return [_channels_back(np.ascontiguousarray(_unpad(padded, pads, list(x.shape[1:-1]))), fmt)]


@kernel("MaxPoolGradGrad")
@kernel("MaxPool3DGradGrad")
def _max_pool_grad_grad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """The incoming gradient (shaped like the pool's input) read at each window's maximum."""
    fmt = op.attrs["data_format"]
    x = _channels_last(np.asarray(inputs[0]), fmt)
    grad = _channels_last(np.asarray(inputs[2]), fmt)
    first, windows, strides, dilations, pads, outs, _ = _max_positions(op, x)
    ctx.allocate(op, first.shape)
    padded = np.pad(grad, [(0, 0), *pads, (0, 0)])
    stacked = np.stack(_windows(padded, windows, strides, dilations, outs))
    result = np.take_along_axis(stacked, first[None], axis=0)[0]
    return [_channels_back(result.astype(grad.dtype), fmt)]


@kernel("AvgPoolGrad")
@kernel("AvgPool3DGrad")
def _avg_pool_grad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """Each output's gradient divided by its window's count of real elements, added back."""
    fmt = op.attrs["data_format"]
    sizes = _sizes(inputs[0])
    grad = _channels_last(np.asarray(inputs[1]), fmt)
    shape = _channels_last(np.empty(sizes, dtype=np.int8), fmt).shape
    ctx.allocate(op, shape)
    windows = _spatial_attr(op.attrs["ksize"], fmt)
    strides, dilations, pads, outs = _geometry(op, shape, windows, dilated=False)
    _check_backprop(op, grad, outs, shape[-1])
    real = np.pad(np.ones((1, *shape[1:-1], 1), dtype=grad.dtype), [(0, 0), *pads, (0, 0)])
    count = np.sum(np.stack(_windows(real, windows, strides, dilations, outs)), axis=0)
    share = grad / count
    padded = np.zeros((shape[0], *(n + sum(p) for n, p in zip(shape[1:-1], pads, strict=True)), shape[-1]),
                      dtype=grad.dtype)
    for offset in itertools.product(*(range(w) for w in windows)):
        padded[_offset_index(offset, dilations, outs, strides)] += share
    result = _unpad(padded, pads, list(shape[1:-1]))
    return [_channels_back(np.ascontiguousarray(result).astype(grad.dtype), fmt)]


@kernel("MaxPoolGradWithArgmax")
def _max_pool_grad_with_argmax(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """Each gradient added at its argmax's flat position (per batch unless include_batch_in_index)."""
    x, grad, argmax = (np.asarray(v) for v in inputs)
    ctx.allocate(op, x.shape)
    result = np.zeros(x.size, dtype=grad.dtype)
    flat_grad = grad.reshape(grad.shape[0], -1)
    flat_argmax = argmax.reshape(argmax.shape[0], -1).astype(np.int64)
    per_batch = x.size // max(x.shape[0], 1)
    for b in range(x.shape[0]):
        index = flat_argmax[b] if op.attrs["include_batch_in_index"] else flat_argmax[b] + b * per_batch
        np.add.at(result, index, flat_grad[b])
    return [result.reshape(x.shape)]


@kernel("LRNGrad")
def _lrn_grad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """LaunchLRNGrad (CPU): for each depth j, over its band k: -2 alpha beta in_k out_j / norm_j,
    plus norm_j^-beta where k == j, times grads_j, summed into output_k."""
    grads, x, out = (np.asarray(v) for v in inputs)
    if x.ndim != 4:
        raise KernelError("input_grads, input_image, and out_image should have the same shape")
    t = x.dtype.type
    radius = int(op.attrs["depth_radius"])
    alpha, bias, beta = t(op.attrs["alpha"]), t(op.attrs["bias"]), t(op.attrs["beta"])
    depth = x.shape[-1]
    result = np.zeros_like(x)
    with np.errstate(all="ignore"):
        for j in range(depth):
            begin, end = max(0, j - radius), min(depth, j + radius + 1)
            band = x[..., begin:end]
            norm = np.zeros(x.shape[:-1], dtype=x.dtype)
            for k in range(end - begin):  # the C++ loop's order of additions
                norm = (norm + band[..., k] * band[..., k]).astype(x.dtype)
            norm = (alpha * norm + bias).astype(x.dtype)
            dyi = ((t(-2) * alpha * beta * band) * out[..., j][..., None]) / norm[..., None]
            # Eigen::numext::pow(float, float) rounds as the float64 power does, not numpy's powf
            dyi[..., j - begin] += np.power(norm.astype(np.float64), -float(beta)).astype(x.dtype)
            result[..., begin:end] += dyi * grads[..., j][..., None]
    return [result.astype(x.dtype)]


def _fused_batch_norm_grad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """FusedBatchNormGrad (CPU): in training on the saved batch mean and (biased) variance, else on
    the population moments (the freeze functor); scale and offset backprops summed over all but
    the channels. The order of each product is TF's (float32 rounding is checked by a case)."""
    dy, x, scale, mean, variance = (np.asarray(v) for v in inputs[:5])
    fmt = op.attrs["data_format"]
    channels_first = fmt.startswith("NC")
    moved_x = np.moveaxis(x, 1, -1) if channels_first else x
    moved_dy = np.moveaxis(dy, 1, -1) if channels_first else dy
    depth = moved_x.shape[-1]
    ctx.allocate(op, x.shape)
    rows_x = moved_x.reshape(-1, depth).astype(np.float32)
    rows_dy = moved_dy.reshape(-1, depth).astype(np.float32)
    epsilon = np.float32(op.attrs["epsilon"])
    coef0 = np.float32(1.0) / np.sqrt(variance.astype(np.float32) + epsilon)
    x_centered = rows_x - mean.astype(np.float32)
    offset_backprop = rows_dy.sum(axis=0, dtype=np.float32)
    if op.attrs["is_training"]:
        # scale_backprop = sum(dy * x_scaled); x_backprop = coef1 (dy_centered - x_centered coef2)
        # with coef1 = scale coef0, coef2 = coef0^2 mean(dy_centered x_centered), TF's order
        scale_backprop = (rows_dy * (x_centered * coef0)).sum(axis=0, dtype=np.float32)
        dy_centered = rows_dy - offset_backprop * np.float32(1.0 / rows_x.shape[0])
        mean_product = (dy_centered * x_centered).sum(axis=0, dtype=np.float32) / np.float32(rows_x.shape[0])
        coef2 = coef0 * coef0 * mean_product
        x_backprop = (scale.astype(np.float32) * coef0) * (dy_centered - x_centered * coef2)
    else:
        # FusedBatchNormFreezeGrad: sum(dy (x - pop_mean)) * rsqrt, dy * (rsqrt * scale)
        scale_backprop = (rows_dy * x_centered).sum(axis=0, dtype=np.float32) * coef0
        x_backprop = rows_dy * (coef0 * scale.astype(np.float32))
    dx = x_backprop.astype(x.dtype).reshape(moved_x.shape)
    if channels_first:
        dx = np.moveaxis(dx, -1, 1)
    empty = np.zeros((0,), dtype=np.float32)
    return [dx, scale_backprop, offset_backprop, empty, empty]


for _op_type in ("FusedBatchNormGrad", "FusedBatchNormGradV2", "FusedBatchNormGradV3"):
    kernel(_op_type)(_fused_batch_norm_grad)
