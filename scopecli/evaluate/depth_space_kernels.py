"""The DepthToSpace and SpaceToDepth CPU kernels (depthtospace_op.cc, spacetodepth_op.cc):
NHWC only, as TF registers them on CPU; each block of `block_size x block_size` pixels is the
depth axis read in (row, column, channel) order."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _checked(op: Any, x: Any) -> tuple[np.ndarray, int]:
    if op.attrs["data_format"] != "NHWC":
        raise KernelError(f"No OpKernel was registered to support Op '{op._type}' used by "
                          f"{{{{node {op._name}}}}} with these attrs: [block_size={op.attrs['block_size']}, "
                          f"data_format=\"{op.attrs['data_format']}\"]")
    array = np.asarray(x)
    if array.ndim != 4:
        raise KernelError(f"Input rank should be: 4 instead of: {array.ndim}")
    return array, int(op.attrs["block_size"])


@kernel("DepthToSpace")
def _depth_to_space(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    x, block = _checked(op, inputs[0])
    b, h, w, c = x.shape
    if c % (block * block):
        raise KernelError(f"Input depth dimension {c} should be divisible by: {block * block}")
    depth = c // (block * block)
    out = x.reshape(b, h, w, block, block, depth).transpose(0, 1, 3, 2, 4, 5)
    return [out.reshape(b, h * block, w * block, depth)]


@kernel("SpaceToDepth")
def _space_to_depth(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    x, block = _checked(op, inputs[0])
    b, h, w, c = x.shape
    if h % block or w % block:
        raise KernelError(f"Image width {w} and height {h} should be divisible by block_size: {block}")
    out = x.reshape(b, h // block, block, w // block, block, c).transpose(0, 1, 3, 2, 4, 5)
    return [out.reshape(b, h // block, w // block, block * block * c)]
