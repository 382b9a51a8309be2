"""Kernels of the softmax cross-entropy family (xent_op.h, sparse_xent_op.h), LogSoftmax
(softmax_op_functor.h) and Slice. Class sums follow Eigen's packet order (_row_sum)."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate import eigen_math
from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError, _dims

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _row_sum(x: np.ndarray) -> np.ndarray:
    """Eigen's inner-most sum as TF's AVX build runs it (closest model found): 8-wide packets
    accumulated in order, the packet reduced as (l0+l4 + l2+l6) + (l1+l5 + l3+l7), added to the
    left-to-right sum of the remaining elements. Keeps the last axis as size 1."""
    dtype, n = x.dtype, x.shape[-1]
    whole = n // 8 * 8
    packet = np.zeros(x.shape[:-1] + (8,), dtype=dtype)
    for j in range(0, whole, 8):
        packet = (packet + x[..., j:j + 8]).astype(dtype)
    half = (packet[..., :4] + packet[..., 4:]).astype(dtype)
    reduced = ((half[..., 0] + half[..., 2]).astype(dtype) + (half[..., 1] + half[..., 3]).astype(dtype))
    rest = np.zeros(x.shape[:-1], dtype=dtype)
    for j in range(whole, n):
        rest = (rest + x[..., j]).astype(dtype)
    return (rest + reduced.astype(dtype)).astype(dtype)[..., None]


def _exp(x: np.ndarray) -> np.ndarray:
    return eigen_math.exp(x) if x.dtype == np.float32 else np.exp(x)


def _log(x: np.ndarray) -> np.ndarray:
    return eigen_math.log(x) if x.dtype == np.float32 else np.log(x)


@kernel("LogSoftmax")
def _log_softmax(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """shifted - log(sum(exp(shifted))), shifted = logits - max."""
    x = np.asarray(inputs[0])
    if x.ndim < 1:
        raise KernelError("logits must have >= 1 dimension, got []")
    with np.errstate(all="ignore"):
        shifted = (x - np.max(x, axis=-1, keepdims=True)).astype(x.dtype)
        return [(shifted - _log(_row_sum(_exp(shifted)))).astype(x.dtype)]


@kernel("SoftmaxCrossEntropyWithLogits")
def _xent(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """XentEigenImpl: loss = sum(labels * (log(sum_exp) - shifted)), backprop = softmax - labels
    (labels and logits broadcast to one 2-D shape)."""
    logits, labels = (np.asarray(v) for v in inputs)
    try:
        shape = np.broadcast_shapes(logits.shape, labels.shape)
    except ValueError:
        raise KernelError("logits and labels must be broadcastable: logits_size="
                          f"{_dims(logits.shape)} labels_size={_dims(labels.shape)}") from None
    if len(shape) != 2:
        raise KernelError(f"logits and labels must be either 2-dimensional, or broadcasted to be "
                          f"2-dimensional{''}")
    logits, labels = np.broadcast_to(logits, shape), np.broadcast_to(labels, shape)
    dtype = logits.dtype
    with np.errstate(all="ignore"):
        shifted = (logits - np.max(logits, axis=1, keepdims=True) if shape[1] else logits).astype(dtype)
        exps = _exp(shifted)
        sum_exp = _row_sum(exps)
        loss = _row_sum((labels * (_log(sum_exp) - shifted)).astype(dtype))[:, 0]
        backprop = (exps / sum_exp - labels).astype(dtype)
    return [loss.astype(dtype), backprop]


@kernel("SparseSoftmaxCrossEntropyWithLogits")
def _sparse_xent(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """SparseXentEigenImpl, after the CPU kernel's check that every label is a class index."""
    logits, labels = np.asarray(inputs[0]), np.asarray(inputs[1])
    if logits.ndim != 2:
        raise KernelError(f"logits must be 2-D, but got shape {_dims(logits.shape)}")
    if labels.ndim != 1:
        raise KernelError(f"labels must be 1-D, but got shape {_dims(labels.shape)}")
    if logits.shape[0] != labels.shape[0]:
        raise KernelError("logits and labels must have the same first dimension, got logits shape "
                          f"{_dims(logits.shape)} and labels shape {_dims(labels.shape)}")
    classes = logits.shape[1]
    if classes == 0 and logits.shape[0]:
        raise KernelError("Must have at least one class, but got logits shape "
                          f"{_dims(logits.shape)}")
    bad = (labels < 0) | (labels >= classes)
    if bad.any():
        values = " ".join(str(int(v)) for v in labels.reshape(-1))
        raise KernelError(f"Received a label value of {int(labels[bad][0])} which is outside the valid "
                          f"range of [0, {classes}).  Label values: {values}")
    dtype = logits.dtype
    with np.errstate(all="ignore"):
        shifted = (logits - np.max(logits, axis=1, keepdims=True)).astype(dtype) if classes else logits
        exps = _exp(shifted)
        sum_exp = _row_sum(exps)
        rows = np.arange(labels.shape[0])
        loss = (_log(sum_exp)[:, 0] - shifted[rows, labels.astype(np.int64)]).astype(dtype)
        backprop = (exps / sum_exp).astype(dtype)
        backprop[rows, labels.astype(np.int64)] -= dtype.type(1)
    return [loss, backprop]


_SELU_SCALE = 1.0507009873554804934193349852946
_SELU_SCALE_ALPHA = 1.7580993408473768599402175208123


@kernel("Selu")
def _selu(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """(x < 0).select(scale_alpha * (exp(x) - 1), scale * x)."""
    x = np.asarray(inputs[0])
    t = x.dtype.type
    with np.errstate(all="ignore"):
        negative = (t(_SELU_SCALE_ALPHA) * (_exp(x) - t(1))).astype(x.dtype)
        return [np.where(x < 0, negative, (t(_SELU_SCALE) * x).astype(x.dtype))]


@kernel("IdentityN")
def _identity_n(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    return list(inputs)


@kernel("TopKV2")
def _top_k(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """TopK: the k largest of the last axis, larger first, ties in index order."""
    x, k = np.asarray(inputs[0]), int(np.asarray(inputs[1]))
    if k < 0:
        raise KernelError(f"Need k >= 0, got {k}")
    if x.ndim < 1:
        raise KernelError(f"input must be >= 1-D, got shape {_dims(x.shape)}")
    if x.shape[-1] < k:
        raise KernelError(f"input must have at least k columns. Had {x.shape[-1]}, needed {k}")
    order = np.argsort(-x, axis=-1, kind="stable")[..., :k] if x.dtype.kind != "b" else \
        np.argsort(~x, axis=-1, kind="stable")[..., :k]
    index_type = op.attrs["index_type"].numpy_type
    return [np.take_along_axis(x, order, axis=-1), order.astype(index_type)]


@kernel("InTopKV2")
def _in_top_k(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """InTopK: fewer than k classes predicted strictly above the target's; false when the target
    is out of range or any prediction of the row is not finite."""
    predictions, targets = np.asarray(inputs[0]), np.asarray(inputs[1])
    k = int(np.asarray(inputs[2]))
    classes = predictions.shape[1]
    out = np.zeros(targets.shape, dtype=bool)
    for i, target in enumerate(targets.reshape(-1)):
        row = predictions[i]
        if not 0 <= target < classes or not np.isfinite(row).all():
            continue
        out[i] = int(np.sum(row > row[target])) < k
    return [out]


@kernel("LRN")
def _lrn(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """LaunchLRN (CPU): sqr_sum over the depth band (a band-matrix product), tmp = sqr_sum *
    alpha + bias, out = in / tmp, in * rsqrt(tmp) or in * exp(log(tmp) * -beta)."""
    x = np.asarray(inputs[0])
    if x.ndim != 4:
        raise KernelError(f"in must be 4-dimensional{''}")
    attrs = op.attrs
    radius, t = int(attrs["depth_radius"]), x.dtype.type
    alpha, bias, beta = t(attrs["alpha"]), t(attrs["bias"]), t(attrs["beta"])
    depth = x.shape[-1]
    squares = (x * x).astype(x.dtype)
    with np.errstate(all="ignore"):
        total = np.zeros_like(squares)
        for d in range(depth):
            acc = np.zeros(x.shape[:-1], dtype=x.dtype)
            for k in range(max(0, d - radius), min(depth, d + radius + 1)):
                acc = (acc + squares[..., k]).astype(x.dtype)
            total[..., d] = acc
        tmp = ((total * alpha).astype(x.dtype) + bias).astype(x.dtype)
        if beta == t(1):
            out = x * (t(1) / tmp).astype(x.dtype)
        elif beta == t(0.5):
            out = x * (t(1) / np.sqrt(tmp)).astype(x.dtype)
        else:
            out = x * _exp((_log(tmp) * -beta).astype(x.dtype))
    return [out.astype(x.dtype)]
