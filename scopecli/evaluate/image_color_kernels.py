"""Kernels of the colour-space ops as TF's CPU kernels compute them (colorspace_op.h), in the
images' float dtype: RGBToHSV (hue in [0, 1), 0 for greys) and HSVToRGB (the hue's sextant)."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _channels(op: Any, value: Any) -> np.ndarray:
    images = np.asarray(value)
    if images.ndim < 1 or images.shape[-1] != 3:
        channels = images.shape[-1] if images.ndim else 0
        raise KernelError(f"input must have 3 channels but input only has {channels} channels.")
    return images


@kernel("RGBToHSV")
def _rgb_to_hsv(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    images = _channels(op, inputs[0])
    ctx.charge(images.size)
    dtype = images.dtype.type
    r, g, b = images[..., 0], images[..., 1], images[..., 2]
    value = np.maximum(np.maximum(r, g), b)
    minimum = np.minimum(np.minimum(r, g), b)
    spread = value - minimum
    with np.errstate(divide="ignore", invalid="ignore"):
        saturation = np.where(value > 0, spread / np.where(value > 0, value, 1), dtype(0))
        norm = dtype(1) / (dtype(6) * spread)
        hue = np.where(r == value, norm * (g - b),
                       np.where(g == value, norm * (b - r) + dtype(2) / dtype(6),
                                norm * (r - g) + dtype(4) / dtype(6)))
    hue = np.where(spread > 0, hue, dtype(0))
    hue = np.where(hue < 0, hue + dtype(1), hue)
    return [np.stack([hue, saturation, value], axis=-1).astype(images.dtype)]


@kernel("HSVToRGB")
def _hsv_to_rgb(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    images = _channels(op, inputs[0])
    ctx.charge(images.size)
    dtype = images.dtype.type
    h, s, v = images[..., 0], images[..., 1], images[..., 2]
    c = s * v
    m = v - c
    dh = h * dtype(6)
    category = np.floor(dh).astype(np.int64)
    x = c * (dtype(1) - np.abs(np.fmod(dh, dtype(2)) - dtype(1)))
    zero = np.zeros_like(c)
    table = {0: (c, x, zero), 1: (x, c, zero), 2: (zero, c, x), 3: (zero, x, c), 4: (x, zero, c),
             5: (c, zero, x)}
    channels = []
    for index in range(3):
        picked = zero
        for sextant, parts in table.items():
            picked = np.where(category == sextant, parts[index], picked)
        channels.append(picked + m)
    return [np.stack(channels, axis=-1).astype(images.dtype)]
