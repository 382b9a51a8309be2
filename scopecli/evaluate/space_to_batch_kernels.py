"""SpaceToBatchND / BatchToSpaceND kernels (spacetobatch_functor): zero-pad the block dims and
move each block offset into the batch (batch index = offset * N + n), and back, cropping."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _ints(value: Any) -> list[int]:
    return [int(v) for v in np.asarray(value).reshape(-1)]


@kernel("SpaceToBatchND")
def _space_to_batch(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x, block, pads = np.asarray(inputs[0]), _ints(inputs[1]), np.asarray(inputs[2]).reshape(-1, 2)
    m = len(block)
    padded = np.pad(x, [(0, 0), *[(int(a), int(b)) for a, b in pads], *[(0, 0)] * (x.ndim - 1 - m)])
    for i, b in enumerate(block):
        if padded.shape[1 + i] % b:
            raise KernelError(f"padded_shape[{i}]={padded.shape[1 + i]} is not divisible by "
                              f"block_shape[{i}]={b}")
    n, rest = padded.shape[0], padded.shape[1 + m:]
    shape = [n]
    for i, b in enumerate(block):
        shape += [padded.shape[1 + i] // b, b]
    y = padded.reshape(*shape, *rest)
    # (n, h0, b0, h1, b1, ...) -> (b0, b1, ..., n, h0, h1, ...)
    order = [2 + 2 * i for i in range(m)] + [0] + [1 + 2 * i for i in range(m)] + \
        list(range(1 + 2 * m, y.ndim))
    y = y.transpose(order)
    ctx.allocate(op, y.shape)
    spatial = [padded.shape[1 + i] // b for i, b in enumerate(block)]
    return [y.reshape(n * int(np.prod(block)), *spatial, *rest)]


@kernel("BatchToSpaceND")
def _batch_to_space(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x, block, crops = np.asarray(inputs[0]), _ints(inputs[1]), np.asarray(inputs[2]).reshape(-1, 2)
    m, total = len(block), int(np.prod(block))
    if x.shape[0] % total:
        raise KernelError(f"Input batch dimension ({x.shape[0]}) is not divisible by product of block sizes "
                          f"({total})")
    n, spatial, rest = x.shape[0] // total, x.shape[1:1 + m], x.shape[1 + m:]
    y = x.reshape(*block, n, *spatial, *rest)
    # (b0, b1, ..., n, h0, h1, ...) -> (n, h0, b0, h1, b1, ...)
    order = [m]
    for i in range(m):
        order += [m + 1 + i, i]
    order += list(range(2 * m + 1, y.ndim))
    y = y.transpose(order).reshape(n, *[spatial[i] * b for i, b in enumerate(block)], *rest)
    index = tuple([slice(None)] + [slice(int(a), y.shape[1 + i] - int(b)) for i, (a, b) in enumerate(crops)])
    return [np.ascontiguousarray(y[index])]
