"""Kernels of the bitwise ops (cwise_op_bitwise_*.cc, cwise_op_*_shift.cc) on integer arrays;
a shift by a negative amount or by the type's width or more is clamped to width - 1, as the
CPU kernels clamp it."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _pair(op: Any, inputs: list[Any], ctx: Context) -> tuple[np.ndarray, np.ndarray]:
    x, y = np.asarray(inputs[0]), np.asarray(inputs[1])
    shape = np.broadcast_shapes(x.shape, y.shape)
    ctx.allocate(op, shape)
    return x, y


def _shift_amount(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    bits = x.dtype.itemsize * 8
    return np.clip(y, 0, bits - 1).astype(x.dtype)


@kernel("BitwiseAnd")
def _bitwise_and(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x, y = _pair(op, inputs, ctx)
    return [np.bitwise_and(x, y)]


@kernel("BitwiseOr")
def _bitwise_or(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x, y = _pair(op, inputs, ctx)
    return [np.bitwise_or(x, y)]


@kernel("BitwiseXor")
def _bitwise_xor(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x, y = _pair(op, inputs, ctx)
    return [np.bitwise_xor(x, y)]


@kernel("LeftShift")
def _left_shift(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x, y = _pair(op, inputs, ctx)
    return [np.left_shift(x, _shift_amount(x, y)).astype(x.dtype)]


@kernel("RightShift")
def _right_shift(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x, y = _pair(op, inputs, ctx)
    return [np.right_shift(x, _shift_amount(x, y)).astype(x.dtype)]


@kernel("Invert")
def _invert(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    ctx.allocate(op, x.shape)
    return [np.invert(x)]
