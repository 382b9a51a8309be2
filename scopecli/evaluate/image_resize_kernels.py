"""Kernels of the bicubic and area resize ops as TF's CPU kernels compute them
(resize_bicubic_op.cc, resize_area_op.cc), in float32: bicubic's 4-tap weights from a
1024-entry coefficient table (Keys' A = -0.5 with half-pixel centres, renormalised at the
borders; the legacy A = -0.75 with clamped taps otherwise), rows interpolated before columns;
area's box average over the input cells each output cell covers; ResizeBicubicGrad scatters
the gradient along the same taps."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.image_kernels import _image, _scale, _size
from scopecli.evaluate.kernel_registry import PY_ITEM, kernel
from scopecli.evaluate.kernels import Context

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

F32 = np.float32
TABLE_SIZE = 1024
_TABLES: dict[float, np.ndarray] = {}


def _table(a: float) -> np.ndarray:
    """InitCoeffsTable: [TABLE_SIZE + 1, 2] float32, the near and far tap weights (computed in
    double, as `a` is a double there, then stored as floats)."""
    found = _TABLES.get(a)
    if found is None:
        table = np.zeros((TABLE_SIZE + 1, 2), dtype=F32)
        for i in range(TABLE_SIZE + 1):
            x = float(F32(i / TABLE_SIZE))
            table[i, 0] = ((a + 2) * x - (a + 3)) * x * x + 1
            x = float(F32(x + 1.0))
            table[i, 1] = ((a * x - 5 * a) * x + 8 * a) * x - 4 * a
        found = _TABLES[a] = table
    return found


def _taps(out_size: int, in_size: int, scale: np.float32, half: bool) -> tuple[np.ndarray, np.ndarray]:
    """GetWeightsAndIndices for each output position: indices [out, 4] and weights [out, 4]."""
    table = _table(-0.5 if half else -0.75)
    indices = np.zeros((out_size, 4), dtype=np.int64)
    weights = np.zeros((out_size, 4), dtype=F32)
    for out in range(out_size):
        where = (F32(out) + F32(0.5)) * scale - F32(0.5) if half else F32(out) * scale
        base = int(np.floor(where))
        offset = int(np.rint(F32(where - F32(base)) * F32(TABLE_SIZE)))
        far = TABLE_SIZE - offset
        raw = [table[offset, 1], table[offset, 0], table[far, 0], table[far, 1]]
        for tap in range(4):
            wanted = base - 1 + tap
            index = min(in_size - 1, max(0, wanted))
            indices[out, tap] = index
            weights[out, tap] = raw[tap] if not half or index == wanted else F32(0)
        if half:
            total = weights[out, 0] + weights[out, 1] + weights[out, 2] + weights[out, 3]
            if abs(total) >= 1000.0 * np.finfo(F32).tiny:
                weights[out] = weights[out] * (F32(1) / total)
    return indices, weights


def _combine(values: list[Any], weights: list[Any]) -> np.ndarray:
    """Interpolate1D: v0 * w0 + v1 * w1 + v2 * w2 + v3 * w3, left to right in float32."""
    return (values[0] * weights[0] + values[1] * weights[1] + values[2] * weights[2]
            + values[3] * weights[3])


@kernel("ResizeBicubic")
def _resize_bicubic(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    image, (height, width) = _image(inputs[0]).astype(F32), _size(inputs[1])
    align, half = bool(op.attrs["align_corners"]), bool(op.attrs["half_pixel_centers"])
    ctx.allocate(op, (image.shape[0], height, width, image.shape[3]))
    ctx.charge(16 * image.shape[0] * height * width * image.shape[3])
    y_idx, y_w = _taps(height, image.shape[1], _scale(image.shape[1], height, align), half)
    x_idx, x_w = _taps(width, image.shape[2], _scale(image.shape[2], width, align), half)
    out = np.zeros((image.shape[0], height, width, image.shape[3]), dtype=F32)
    x_weights = [x_w[:, j][None, :, None] for j in range(4)]
    for y in range(height):
        rows = [image[:, y_idx[y, i]] for i in range(4)]  # [N, W_in, C] each
        # ComputeYInterpolation for each x tap, then the x weights (the kernel's order)
        row_weights = [y_w[y, i] for i in range(4)]
        down = [_combine([row[:, x_idx[:, j]] for row in rows], row_weights) for j in range(4)]
        out[:, y] = _combine(down, x_weights)
    return [out]


@kernel("ResizeBicubicGrad")
def _resize_bicubic_grad(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    grads, original = _image(inputs[0]).astype(F32), _image(inputs[1])
    align, half = bool(op.attrs["align_corners"]), bool(op.attrs["half_pixel_centers"])
    height, width = original.shape[1], original.shape[2]
    ctx.allocate(op, original.shape)
    ctx.charge(16 * (grads.size + grads.shape[1] * grads.shape[2] * PY_ITEM))
    y_idx, y_w = _taps(grads.shape[1], height, _scale(height, grads.shape[1], align), half)
    x_idx, x_w = _taps(grads.shape[2], width, _scale(width, grads.shape[2], align), half)
    result = np.zeros(original.shape, dtype=F32)
    for y in range(grads.shape[1]):
        for x in range(grads.shape[2]):
            g = grads[:, y, x, :]
            for i in range(4):
                for j in range(4):
                    result[:, y_idx[y, i], x_idx[x, j], :] += g * y_w[y, i] * x_w[x, j]
    return [result.astype(original.dtype)]


def _area_weights(out_size: int, in_size: int, scale: np.float32) -> np.ndarray:
    """[out, in]: how much of each input cell (clamped to the image) each output cell covers."""
    weights = np.zeros((out_size, in_size), dtype=np.float64)
    for out in range(out_size):
        low = F32(out) * scale
        high = F32(out + 1) * scale
        for i in range(int(np.floor(low)), int(np.ceil(high))):
            if i < low:
                part = scale if i + 1 > high else F32(i + 1) - low
            else:
                part = high - F32(i) if i + 1 > high else F32(1)
            weights[out, min(in_size - 1, max(0, i))] += float(part)
    return weights


@kernel("ResizeArea")
def _resize_area(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    image, (height, width) = _image(inputs[0]), _size(inputs[1])
    align = bool(op.attrs["align_corners"])
    ctx.allocate(op, (image.shape[0], height, width, image.shape[3]))
    batch, in_h, in_w, depth = image.shape
    ctx.charge(batch * depth * height * in_w * (in_h + width))  # the two contractions below
    y_scale = _scale(image.shape[1], height, align)
    x_scale = _scale(image.shape[2], width, align)
    rows = _area_weights(height, image.shape[1], y_scale)
    cols = _area_weights(width, image.shape[2], x_scale)
    down = np.einsum("yi,bijc->byjc", rows, image.astype(np.float64))
    total = np.einsum("byjc,xj->byxc", down, cols)
    return [(total * float(F32(1.0) / (y_scale * x_scale))).astype(F32)]
