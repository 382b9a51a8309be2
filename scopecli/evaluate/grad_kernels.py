"""Kernels of the op types gradient functions build (cwise_ops_gradients.h, relu_op_functor.h,
bcast_ops.cc, bias_op.cc, transpose_op.cc, unpack_op.cc), with TF's CPU arithmetic order.

The `*Grad` ops of float32 run Eigen's packet expression on whole 8-float packets of the
flattened tensor and the scalar expression on the tail; where the two orders round differently
(SqrtGrad) both are kept, as eigen_math does for exp/log."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from scopecli.evaluate.eigen_math import PACKET
from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError, _dims, _np

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

Binary = Callable[[np.ndarray, np.ndarray], np.ndarray]


def _cwise_grad(packet: Binary, scalar: Binary | None = None) -> Any:
    """A kernel of (y, dy) or (gradients, features) of one shape: `packet` on whole packets,
    `scalar` (default `packet`) on the tail."""

    def run(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
        a, b = (np.asarray(v) for v in inputs)
        if a.shape != b.shape:
            raise KernelError(f"Inputs to operation {op.name} of type {op.type} must have the same size and "
                              f"shape.  Input 0: {_dims(a.shape)} != input 1: {_dims(b.shape)}")
        dtype = _np(op)
        flat_a, flat_b = a.reshape(-1).astype(dtype), b.reshape(-1).astype(dtype)
        split = scalar is not None and dtype == np.float32
        cut = flat_a.size - flat_a.size % PACKET if split else flat_a.size
        out = np.empty_like(flat_a)
        with np.errstate(all="ignore"):
            out[:cut] = packet(flat_a[:cut], flat_b[:cut])
            if cut < flat_a.size and scalar is not None:
                out[cut:] = scalar(flat_a[cut:], flat_b[cut:])
        return [out.reshape(a.shape)]

    return run


def _one(x: np.ndarray) -> Any:
    return x.dtype.type(1)


# (y, dy): the outputs' gradient ops of math_grad.py
kernel("TanhGrad")(_cwise_grad(lambda y, dy: dy * (_one(y) - y * y)))
kernel("SigmoidGrad")(_cwise_grad(lambda y, dy: dy * (y * (_one(y) - y)),
                                  lambda y, dy: dy * y * (_one(y) - y)))
kernel("SqrtGrad")(_cwise_grad(lambda y, dy: dy * (y.dtype.type(0.5) / y),
                               lambda y, dy: (y.dtype.type(0.5) * dy) / y))
kernel("RsqrtGrad")(_cwise_grad(lambda y, dy: y.dtype.type(-0.5) * (dy * y) * (y * y)))
# scalar_inverse_gradient_op: a zero gradient gives +0 (not -0, nor NaN for an infinite y)
kernel("ReciprocalGrad")(_cwise_grad(lambda y, dy: np.where(dy == 0, dy.dtype.type(0), -y * y * dy)))
# (gradients, features or outputs): nn_grad.py's
kernel("EluGrad")(_cwise_grad(lambda g, a: np.where(a < 0, (a + _one(a)) * g, g)))
kernel("SeluGrad")(_cwise_grad(lambda g, a: np.where(
    a < 0, g * (a + a.dtype.type(1.7580993408473768599402175208123)),
    g * a.dtype.type(1.0507009873554804934193349852946))))
kernel("SoftsignGrad")(_cwise_grad(lambda g, f: g / np.square(np.abs(f) + _one(f))))


@kernel("LeakyReluGrad")
def _leaky_relu_grad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    alpha = op.attrs["alpha"]
    return _cwise_grad(lambda g, f: np.where(f > 0, g, g * g.dtype.type(alpha)))(op, inputs, ctx)


@kernel("BroadcastGradientArgs")
def _broadcast_gradient_args(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """BCast with fewer_dims_optimization off: input i reduces every axis where its
    right-aligned, 1-padded shape is 1."""
    s0, s1 = (np.asarray(v).reshape(-1).tolist() for v in inputs)
    rank = max(len(s0), len(s1))
    p0, p1 = [1] * (rank - len(s0)) + s0, [1] * (rank - len(s1)) + s1
    for a, b in zip(p0, p1, strict=True):
        if a != b and a != 1 and b != 1:
            raise KernelError(f"Incompatible shapes: {_dims(tuple(s0))} vs. {_dims(tuple(s1))}")
    dtype = _np(op)
    return [np.array([j for j in range(rank) if p0[j] == 1], dtype=dtype),
            np.array([j for j in range(rank) if p1[j] == 1], dtype=dtype)]


@kernel("BiasAddGrad")
def _bias_add_grad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    grad = np.asarray(inputs[0])
    if grad.ndim < 2:
        raise KernelError(f"Input tensor must be at least 2D: {_dims(grad.shape)}")
    if op.attrs.get("data_format") == "NCHW":  # the channel dimension is 1
        grad = np.moveaxis(grad, 1, -1)
    return [grad.reshape(-1, grad.shape[-1]).sum(axis=0, dtype=grad.dtype).astype(_np(op))]


@kernel("InvertPermutation")
def _invert_permutation(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    perm = np.asarray(inputs[0])
    if perm.ndim != 1:
        raise KernelError("invert_permutation expects a 1D vector.")
    n = perm.size
    inverse = np.full(n, -1, dtype=perm.dtype)
    for i, d in enumerate(perm.tolist()):
        if not 0 <= d < n:
            raise KernelError(f"{d} is not between 0 and {n}")
        if inverse[d] != -1:
            raise KernelError(f"{d} is duplicated in the input.")
        inverse[d] = i
    return [inverse]


@kernel("StridedSliceGrad")
def _strided_slice_grad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """Zeros of `shape` with `dy` written where StridedSlice read (strided_slice_op.cc)."""
    from scopecli.engine import strided_slice as ss

    shape, begin, end, strides = ([int(v) for v in np.asarray(x).reshape(-1)] for x in inputs[:4])
    dy = np.asarray(inputs[4])
    attrs = op.attrs
    masks = ss.Masks(attrs["begin_mask"], attrs["end_mask"], attrs["ellipsis_mask"], attrs["new_axis_mask"],
                     attrs["shrink_axis_mask"])
    try:
        dense, final = ss.validate(shape, begin, end, strides, masks)
    except ss.SliceError as error:
        raise KernelError(str(error)) from None
    if list(dy.shape) != list(final):
        raise KernelError(f"shape of dy was {_dims(dy.shape)} instead of {_dims(tuple(final))}")
    index = []
    for b, e, s in zip(dense.begin, dense.end, dense.strides, strict=True):
        index.append(slice(0, 0) if s < 0 and b == -1 else slice(b, None if e == -1 and s < 0 else e, s))
    ctx.allocate(op, shape)
    out = np.zeros(shape, dtype=_np(op))
    region = out[tuple(index)]
    out[tuple(index)] = dy.reshape(region.shape)
    return [out]


@kernel("ConcatOffset")
def _concat_offset(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """Each input's offset in the concatenation: zeros but along `concat_dim`."""
    shapes = [np.asarray(s) for s in inputs[1:]]
    axis = int(np.asarray(inputs[0]))
    if not 0 <= axis < shapes[0].size:
        raise KernelError(f"Concat dim is out of range: {axis} vs. {shapes[0].size}")
    offsets, running = [], 0
    for s in shapes:
        offset = np.zeros_like(s)
        offset[axis] = running
        running += int(s[axis])
        offsets.append(offset)
    return offsets


@kernel("DynamicStitch")
def _dynamic_stitch(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """merged[indices[m][i]] = data[m][i], later pieces winning (dynamic_stitch_op.cc)."""
    n = op.attrs["N"]
    indices = [np.asarray(t) for t in inputs[:n]]
    data = [np.asarray(t) for t in inputs[n:]]
    size = max((int(i.max()) + 1 for i in indices if i.size), default=0)
    tail = data[0].shape[indices[0].ndim:]
    ctx.allocate(op, (size, *tail))
    merged = np.zeros((size, *tail), dtype=_np(op))
    for index, values in zip(indices, data, strict=True):
        merged[index.reshape(-1)] = values.reshape((-1, *tail))
    return [merged]

