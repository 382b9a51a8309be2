"""Kernels of the image resize ops and their gradients, as TF's CPU kernels compute them
(resize_nearest_neighbor_op.cc, resize_bilinear_op.cc, image_resizer_state.h): the scale and the
source coordinates in float32, bilinear blends `top + (bottom - top) * y_lerp`, gradients
scattered in the kernels' loop order; and ClipByValue (saturate_cast's clamp)."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

F32 = np.float32


def _scale(in_size: int, out_size: int, align_corners: bool) -> np.float32:
    """CalculateResizeScale."""
    if align_corners and out_size > 1:
        return F32(in_size - 1) / F32(out_size - 1)
    return F32(in_size) / F32(out_size)


def _nearest_index(out_size: int, in_size: int, scale: np.float32, align: bool, half: bool) -> np.ndarray:
    """The source row (or column) of each output row: HalfPixelScalerForNN or LegacyScaler, rounded
    (align_corners) or floored, clamped to the image."""
    pos = np.arange(out_size, dtype=F32)
    scaled = (pos + F32(0.5)) * scale if half else pos * scale
    index = np.round(scaled) if align else np.floor(scaled)
    # roundf rounds halves away from zero, np.round to even: fix the halves.
    if align:
        halves = (scaled - np.floor(scaled)) == F32(0.5)
        index = np.where(halves, np.floor(scaled) + 1, index)
    index = np.minimum(index.astype(np.int64), in_size - 1)
    return np.maximum(index, 0) if half else index


def _linear(out_size: int, in_size: int, scale: np.float32, half: bool) -> tuple[Any, Any, Any]:
    """compute_interpolation_weights: lower, upper and lerp of each output position."""
    pos = np.arange(out_size, dtype=F32)
    source = (pos + F32(0.5)) * scale - F32(0.5) if half else pos * scale
    floor = np.floor(source)
    lower = np.maximum(floor.astype(np.int64), 0)
    upper = np.minimum(np.ceil(source).astype(np.int64), in_size - 1)
    return lower, upper, (source - floor).astype(F32)


def _size(value: Any) -> tuple[int, int]:
    size = [int(v) for v in np.asarray(value).reshape(-1)]
    if len(size) != 2:
        raise KernelError(f"shape_t must have two elements {list(np.asarray(value).shape)}")
    if size[0] <= 0 or size[1] <= 0:
        raise KernelError("output dimensions must be positive")
    return size[0], size[1]


def _image(value: Any) -> np.ndarray:
    image = np.asarray(value)
    if image.ndim != 4:
        raise KernelError(f"input must be 4-dimensional{list(image.shape)}")
    return image


@kernel("ResizeNearestNeighbor")
def _resize_nearest(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    image, (height, width) = _image(inputs[0]), _size(inputs[1])
    align, half = bool(op.attrs["align_corners"]), bool(op.attrs["half_pixel_centers"])
    ctx.allocate(op, (image.shape[0], height, width, image.shape[3]))
    rows = _nearest_index(height, image.shape[1], _scale(image.shape[1], height, align), align, half)
    cols = _nearest_index(width, image.shape[2], _scale(image.shape[2], width, align), align, half)
    return [np.ascontiguousarray(image[:, rows][:, :, cols])]


@kernel("ResizeBilinear")
def _resize_bilinear(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    image, (height, width) = _image(inputs[0]).astype(F32), _size(inputs[1])
    align, half = bool(op.attrs["align_corners"]), bool(op.attrs["half_pixel_centers"])
    ctx.allocate(op, (image.shape[0], height, width, image.shape[3]))
    ys = _linear(height, image.shape[1], _scale(image.shape[1], height, align), half)
    xs = _linear(width, image.shape[2], _scale(image.shape[2], width, align), half)
    x_lerp = xs[2][None, None, :, None]
    y_lerp = ys[2][None, :, None, None]
    top_left, top_right = image[:, ys[0]][:, :, xs[0]], image[:, ys[0]][:, :, xs[1]]
    bottom_left, bottom_right = image[:, ys[1]][:, :, xs[0]], image[:, ys[1]][:, :, xs[1]]
    top = top_left + (top_right - top_left) * x_lerp
    bottom = bottom_left + (bottom_right - bottom_left) * x_lerp
    return [(top + (bottom - top) * y_lerp).astype(F32)]


@kernel("ResizeNearestNeighborGrad")
def _resize_nearest_grad(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    grads, (height, width) = _image(inputs[0]), _size(inputs[1])
    align, half = bool(op.attrs["align_corners"]), bool(op.attrs["half_pixel_centers"])
    ctx.allocate(op, (grads.shape[0], height, width, grads.shape[3]))
    rows = _nearest_index(grads.shape[1], height, _scale(height, grads.shape[1], align), align, half)
    cols = _nearest_index(grads.shape[2], width, _scale(width, grads.shape[2], align), align, half)
    result = np.zeros((grads.shape[0], height, width, grads.shape[3]), dtype=grads.dtype)
    for y, row in enumerate(rows):  # the kernel's order: rows, then columns, each added in turn
        for x, col in enumerate(cols):
            result[:, row, col, :] += grads[:, y, x, :]
    return [result]


@kernel("ResizeBilinearGrad")
def _resize_bilinear_grad(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    grads, original = _image(inputs[0]).astype(F32), _image(inputs[1])
    align, half = bool(op.attrs["align_corners"]), bool(op.attrs["half_pixel_centers"])
    height, width = original.shape[1], original.shape[2]
    ctx.allocate(op, original.shape)
    top, bottom, y_lerp = _linear(grads.shape[1], height, _scale(height, grads.shape[1], align), half)
    left, right, x_lerp = _linear(grads.shape[2], width, _scale(width, grads.shape[2], align), half)
    result = np.zeros(original.shape, dtype=original.dtype)
    for y in range(grads.shape[1]):
        dy, inv_dy = y_lerp[y], F32(1) - y_lerp[y]
        for x in range(grads.shape[2]):
            dx, inv_dx = x_lerp[x], F32(1) - x_lerp[x]
            g = grads[:, y, x, :]
            result[:, top[y], left[x], :] += (g * inv_dy * inv_dx).astype(result.dtype)
            result[:, top[y], right[x], :] += (g * inv_dy * dx).astype(result.dtype)
            result[:, bottom[y], left[x], :] += (g * dy * inv_dx).astype(result.dtype)
            result[:, bottom[y], right[x], :] += (g * dy * dx).astype(result.dtype)
    return [result]


@kernel("ClipByValue")
def _clip_by_value(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    t, low, high = (np.asarray(v) for v in inputs)
    if low.shape not in ((), t.shape) or high.shape not in ((), t.shape):
        raise KernelError("clip_value_min and clip_value_max must be either scalars or have the same shape "
                          f"as the input: {list(t.shape)}")
    ctx.allocate(op, t.shape)
    return [np.minimum(np.maximum(t, low), high).astype(t.dtype)]



@kernel("AdjustContrastv2")
def _adjust_contrast(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """(x - mean) * factor + mean, the mean per image and channel over height and width."""
    images, factor = np.asarray(inputs[0]), np.asarray(inputs[1])
    if images.ndim < 3:
        raise KernelError(f"input must be at least 3-D, got shape{list(images.shape)}")
    if factor.ndim != 0:
        raise KernelError(f"contrast_factor must be scalar: {list(factor.shape)}")
    ctx.allocate(op, images.shape)
    flat = images.reshape(-1, images.shape[-3], images.shape[-2], images.shape[-1]).astype(F32)
    means = flat.mean(axis=(1, 2), keepdims=True, dtype=F32)
    out = (flat - means) * factor.astype(F32) + means
    return [out.reshape(images.shape).astype(images.dtype)]
