"""numpy kernels, one per op type: `KERNELS[op.type](op, inputs) -> outputs`.

They compute what TF's CPU kernels compute, in the same dtypes (int32 stays int32, float32 stays
float32), so printed values match `print(sess.run(x))` under TF. Random ops draw from numpy:
right shape, dtype and distribution, but not TF's numbers (explain says so).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from scopecli.engine.graph import Operation

Kernel = Callable[[Operation, list[Any]], list[Any]]


class KernelError(Exception):
    """A runtime failure TF reports as InvalidArgumentError (message without the node line)."""


_RNG = np.random.default_rng(0)


def _np(op: Operation, index: int = 0) -> Any:
    return op._outputs[index]._dtype.base_dtype.numpy_type


def _elementwise(fn: Callable[[Any, Any], Any]) -> Kernel:
    def kernel(op: Operation, inputs: list[Any]) -> list[Any]:
        x, y = inputs
        with np.errstate(all="ignore"):
            result = fn(x, y)
        return [np.asarray(result).astype(_np(op), copy=False)]

    return kernel


def _unary(fn: Callable[[Any], Any]) -> Kernel:
    def kernel(op: Operation, inputs: list[Any]) -> list[Any]:
        with np.errstate(all="ignore"):
            result = fn(inputs[0])
        return [np.asarray(result).astype(_np(op), copy=False)]

    return kernel


def _floordiv(x: Any, y: Any) -> Any:
    if np.asarray(x).dtype.kind in "iu" and np.any(np.asarray(y) == 0):
        raise KernelError("Integer division by zero")
    return np.floor_divide(x, y)


def _floormod(x: Any, y: Any) -> Any:
    if np.asarray(x).dtype.kind in "iu" and np.any(np.asarray(y) == 0):
        raise KernelError("Integer division by zero")
    return np.mod(x, y)


def _pow(x: Any, y: Any) -> Any:
    if np.asarray(x).dtype.kind in "iu" and np.any(np.asarray(y) < 0):
        raise KernelError("Integers to negative integer powers are not allowed")
    return np.power(x, y)


def _matmul(op: Operation, inputs: list[Any]) -> list[Any]:
    a, b = inputs
    if op.attrs.get("transpose_a"):
        a = a.T
    if op.attrs.get("transpose_b"):
        b = b.T
    if a.shape[1] != b.shape[0]:
        raise KernelError(f"Matrix size-incompatible: In[0]: [{a.shape[0]},{a.shape[1]}], "
                          f"In[1]: [{b.shape[0]},{b.shape[1]}]")
    return [np.matmul(a, b).astype(_np(op), copy=False)]


def _axes(value: Any, rank: int) -> tuple[int, ...]:
    axes = np.asarray(value).reshape(-1)
    return tuple(int(a) % rank if rank else 0 for a in axes)


def _reduce(fn: str) -> Kernel:
    def kernel(op: Operation, inputs: list[Any]) -> list[Any]:
        x, axes = inputs
        x = np.asarray(x)
        axis = _axes(axes, x.ndim)
        keep = bool(op.attrs.get("keep_dims"))
        dtype = _np(op)
        if fn == "sum":
            result = np.sum(x, axis=axis, keepdims=keep, dtype=dtype)
        elif fn == "mean":
            if dtype.kind in "iu":
                count = math.prod(x.shape[a] for a in axis) or 1
                total = np.sum(x, axis=axis, keepdims=keep, dtype=np.int64)
                result = (np.trunc(total / count)).astype(dtype)
            else:
                result = np.mean(x, axis=axis, keepdims=keep, dtype=dtype)
        elif fn == "max":
            result = np.max(x, axis=axis, keepdims=keep)
        else:
            result = np.min(x, axis=axis, keepdims=keep)
        return [np.asarray(result).astype(dtype, copy=False)]

    return kernel


def _reshape(op: Operation, inputs: list[Any]) -> list[Any]:
    x, shape = inputs
    dims = [int(d) for d in np.asarray(shape).reshape(-1)]
    try:
        return [np.reshape(x, dims)]
    except ValueError:
        raise KernelError(f"Input to reshape is a tensor with {np.asarray(x).size} values, but the requested "
                          f"shape has {math.prod(d for d in dims if d != -1)}") from None


def _concat(op: Operation, inputs: list[Any]) -> list[Any]:
    *values, axis = inputs
    return [np.concatenate(values, axis=int(axis)).astype(_np(op), copy=False)]


def _pack(op: Operation, inputs: list[Any]) -> list[Any]:
    return [np.stack(inputs, axis=int(op.attrs.get("axis", 0))).astype(_np(op), copy=False)]


def _cast(op: Operation, inputs: list[Any]) -> list[Any]:
    with np.errstate(all="ignore"):
        return [np.asarray(inputs[0]).astype(_np(op))]


def _fill(op: Operation, inputs: list[Any]) -> list[Any]:
    dims, value = inputs
    return [np.full([int(d) for d in np.asarray(dims).reshape(-1)], value, dtype=_np(op))]


def _range(op: Operation, inputs: list[Any]) -> list[Any]:
    start, limit, delta = (np.asarray(v).item() for v in inputs)
    return [np.arange(start, limit, delta).astype(_np(op))]


def _softmax(op: Operation, inputs: list[Any]) -> list[Any]:
    x = np.asarray(inputs[0])
    shifted = x - np.max(x, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return [(e / np.sum(e, axis=-1, keepdims=True)).astype(_np(op), copy=False)]


def _shape_of(inputs: list[Any]) -> list[int]:
    return [int(d) for d in np.asarray(inputs[0]).reshape(-1)]


def _random_uniform(op: Operation, inputs: list[Any]) -> list[Any]:
    return [_RNG.random(_shape_of(inputs)).astype(_np(op))]


def _random_normal(op: Operation, inputs: list[Any]) -> list[Any]:
    return [_RNG.standard_normal(_shape_of(inputs)).astype(_np(op))]


def _truncated_normal(op: Operation, inputs: list[Any]) -> list[Any]:
    values = _RNG.standard_normal(_shape_of(inputs))
    bad = np.abs(values) > 2
    while np.any(bad):
        values[bad] = _RNG.standard_normal(int(np.sum(bad)))
        bad = np.abs(values) > 2
    return [values.astype(_np(op))]


def _random_uniform_int(op: Operation, inputs: list[Any]) -> list[Any]:
    shape, low, high = inputs
    return [_RNG.integers(int(low), int(high), size=_shape_of([shape])).astype(_np(op))]


def _sigmoid(x: Any) -> Any:
    return 1.0 / (1.0 + np.exp(-x))


KERNELS: dict[str, Kernel] = {
    "Identity": lambda op, inputs: [inputs[0]],
    "AddV2": _elementwise(np.add),
    "Add": _elementwise(np.add),
    "Sub": _elementwise(np.subtract),
    "Mul": _elementwise(np.multiply),
    "RealDiv": _elementwise(np.true_divide),
    "FloorDiv": _elementwise(_floordiv),
    "FloorMod": _elementwise(_floormod),
    "Pow": _elementwise(_pow),
    "Maximum": _elementwise(np.maximum),
    "Minimum": _elementwise(np.minimum),
    "Less": _elementwise(np.less),
    "LessEqual": _elementwise(np.less_equal),
    "Greater": _elementwise(np.greater),
    "GreaterEqual": _elementwise(np.greater_equal),
    "MatMul": _matmul,
    "Neg": _unary(np.negative),
    "Square": _unary(np.square),
    "Sqrt": _unary(np.sqrt),
    "Exp": _unary(np.exp),
    "Log": _unary(np.log),
    "Tanh": _unary(np.tanh),
    "Sigmoid": _unary(_sigmoid),
    "Abs": _unary(np.abs),
    "Relu": _unary(lambda x: np.maximum(x, 0)),
    "Softmax": _softmax,
    "Sum": _reduce("sum"),
    "Mean": _reduce("mean"),
    "Max": _reduce("max"),
    "Min": _reduce("min"),
    "Reshape": _reshape,
    "ConcatV2": _concat,
    "Pack": _pack,
    "Cast": _cast,
    "Fill": _fill,
    "Range": _range,
    "Shape": lambda op, inputs: [np.array(np.asarray(inputs[0]).shape, dtype=_np(op))],
    "RandomUniform": _random_uniform,
    "RandomStandardNormal": _random_normal,
    "TruncatedNormal": _truncated_normal,
    "RandomUniformInt": _random_uniform_int,
}
