"""Kernels of FusedBatchNorm / V2 / V3 (TF's fused_batch_norm_op.cc, CPU functor): in training
the batch moments over every axis but the channels (the variance output Bessel-corrected, or
blended with the running one by exponential_avg_factor), else the given moments; then
(x - mean) * (rsqrt(var + eps) * scale) + offset, in the order TF computes it."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _fused_batch_norm(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    x, scale, offset, mean, variance = (np.asarray(v) for v in inputs)
    fmt = op.attrs["data_format"]
    channels_first = fmt.startswith("NC")
    moved = np.moveaxis(x, 1, -1) if channels_first else x
    depth = moved.shape[-1]
    ctx.allocate(op, x.shape)
    rows = moved.reshape(-1, depth).astype(np.float32)
    epsilon = np.float32(op.attrs["epsilon"])
    for name, vector in (("scale", scale), ("offset", offset)):
        if vector.shape != (depth,):
            raise KernelError(f"{name} must have the same number of elements as the channels of x, got "
                              f"{vector.size} and {depth}")
    if op.attrs["is_training"]:
        rest = rows.shape[0]
        batch_mean = rows.sum(axis=0, dtype=np.float32) * np.float32(1.0 / rest)
        centered = rows - batch_mean
        batch_variance = (centered * centered).sum(axis=0, dtype=np.float32) * np.float32(1.0 / rest)
        adjust = np.float32(rest / max(rest - 1, 1))
        factor = np.float32(op.attrs.get("exponential_avg_factor", 1.0))
        if factor == 1.0:
            out_mean, out_var = batch_mean, batch_variance * adjust
        else:
            one_minus = np.float32(1.0) - factor
            out_mean = one_minus * mean.astype(np.float32) + factor * batch_mean
            out_var = one_minus * variance.astype(np.float32) + factor * (batch_variance * adjust)
        used_variance = batch_variance
    else:
        if mean.shape != (depth,) or variance.shape != (depth,):
            raise KernelError(f"When is_training=false, mean must have the same number of elements as the "
                              f"channels of x, got {mean.size} and {depth}")
        centered = rows - mean.astype(np.float32)
        used_variance = variance.astype(np.float32)
        out_mean, out_var, batch_variance = mean.astype(np.float32), used_variance, used_variance
        batch_mean = out_mean
    scaling = (np.float32(1.0) / np.sqrt(used_variance + epsilon)) * scale.astype(np.float32)
    y = (centered * scaling + offset.astype(np.float32)).astype(x.dtype).reshape(moved.shape)
    if channels_first:
        y = np.moveaxis(y, -1, 1)
    saved_var = batch_variance if op.attrs["is_training"] else used_variance
    outs = [y, out_mean.astype(np.float32), out_var.astype(np.float32), batch_mean.astype(np.float32),
            saved_var.astype(np.float32)]
    if op.type == "FusedBatchNormV3":
        outs.append(np.zeros((0,), dtype=np.float32))
    return outs


for _op_type in ("FusedBatchNorm", "FusedBatchNormV2", "FusedBatchNormV3"):
    kernel(_op_type)(_fused_batch_norm)
