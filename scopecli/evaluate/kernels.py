"""numpy kernels of the math op types, and the helpers other kernel modules share (registered in
kernel_registry.KERNELS: `KERNELS[op.type](op, inputs, ctx) -> outputs`).

They compute what TF's CPU kernels compute, in the same dtypes (int32 stays int32, float32 stays
float32, no promotion), so printed values match `print(sess.run(x))` under TF; float32
transcendental functions reproduce Eigen's approximations (eigen_math). Runtime failures raise
KernelError with TF's message. Every kernel that makes a new array asks `ctx.allocate` first,
so a fed or computed shape can never make numpy allocate more than limits.elements. Random ops
draw from numpy: right shape, dtype and distribution, not TF's numbers (explain says so).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from scopecli.engine.framework.graph import Operation
from scopecli.errors import LimitError
from scopecli.evaluate import eigen_math
from scopecli.evaluate.kernel_registry import register_kernel


class KernelError(Exception):
    """A runtime failure TF reports as `type_name` (InvalidArgumentError unless said otherwise)."""

    def __init__(self, message: str, type_name: str = "InvalidArgumentError"):
        super().__init__(message)
        self.type_name = type_name


class Context:
    """What a kernel may use besides its inputs: the element budget and a random generator."""

    def __init__(self, limit: int, rng: Callable[[Operation], np.random.Generator],
                 charge: Callable[[int], None] | None = None, guard: Any = None):
        self.limit = limit
        self.guard = guard  # the run's Guard: a while loop pays its iterations with guard.tick
        self._rng = rng
        self.charge = charge or (lambda elements: None)  # the run's Guard.charge: work done in C
        # Counts TF's kernels keep process-wide (the session gives its TFState's): TF names each
        # TensorArray `<op>_<count of arrays made before>`.
        self.counters: dict[str, int] = {}
        self.calls = 0  # kernels run, so tests can check cost follows the fetched sub-graph
        # The session's variable values by variable op (the executor sets it): what a resource
        # handle (VarHandleOp) refers to, as TF's resource manager holds resources per session.
        self.variables: dict[Operation, Any] = {}

    def allocate(self, op: Operation, shape: Sequence[int]) -> None:
        total = math.prod(int(d) for d in shape)
        if total > self.limit:
            raise LimitError(f"op `{op._name}` would produce {total} elements (more than {self.limit})",
                             hint="raise --max-elements")

    def rng(self, op: Operation) -> np.random.Generator:
        return self._rng(op)


Kernel = Callable[[Operation, list[Any], Context], list[Any]]


def _np(op: Operation, index: int = 0) -> Any:
    return op._outputs[index]._dtype.base_dtype.numpy_type


def _dims(shape: tuple[int, ...]) -> str:
    return "[" + ",".join(str(d) for d in shape) + "]"


def _broadcast(op: Operation, x: np.ndarray, y: np.ndarray, ctx: Context) -> None:
    try:
        shape = np.broadcast_shapes(x.shape, y.shape)
    except ValueError:
        raise KernelError(f"Incompatible shapes: {_dims(x.shape)} vs. {_dims(y.shape)}") from None
    ctx.allocate(op, shape)


def _elementwise(fn: Callable[[Any, Any], Any]) -> Kernel:
    def kernel(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
        x, y = (np.asarray(v) for v in inputs)
        _broadcast(op, x, y, ctx)
        with np.errstate(all="ignore"):
            result = fn(x, y)
        return [np.asarray(result).astype(_np(op), copy=False)]

    return kernel


def _unary(fn: Callable[[Any], Any], float32: Callable[[Any], Any] | None = None) -> Kernel:
    """`fn` with numpy; `float32` instead for float32 inputs (Eigen's approximations)."""

    def kernel(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
        x = np.asarray(inputs[0])
        with np.errstate(all="ignore"):
            if float32 is not None and x.dtype == np.float32:
                result = float32(x)
            elif x.dtype.kind == "f" and float32 is not None:
                # float64 / float16: libm's correctly rounded result, as Eigen's scalar path gives.
                result = fn(x.astype(np.float64))
            else:
                result = fn(x)
        return [np.asarray(result).astype(_np(op), copy=False)]

    return kernel


def _is_int(x: Any) -> bool:
    return np.asarray(x).dtype.kind in "iu"


def _floordiv(x: Any, y: Any) -> Any:
    if _is_int(x) and np.any(np.asarray(y) == 0):
        raise KernelError("Integer division by zero")
    return np.floor_divide(x, y)


def _floormod(x: Any, y: Any) -> Any:
    if _is_int(x) and np.any(np.asarray(y) == 0):
        raise KernelError("Integer division by zero")
    return np.mod(x, y)


def _pow(x: Any, y: Any) -> Any:
    if _is_int(x):
        if np.any(np.asarray(y) < 0):
            raise KernelError("Integers to negative integer powers are not allowed")
        return np.power(x, y)
    if np.asarray(x).dtype == np.float32:
        # std::pow in float, correctly rounded in practice: compute wide, round once.
        return np.power(np.asarray(x, np.float64), np.asarray(y, np.float64))
    return np.power(x, y)


def _matmul(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    a, b = (np.asarray(v) for v in inputs)
    for value, name in ((a, "In[0]"), (b, "In[1]")):
        if value.ndim != 2:
            raise KernelError(f"{name} is not a matrix. Instead it has shape {_dims(value.shape)}")
    if op.attrs.get("transpose_a"):
        a = a.T
    if op.attrs.get("transpose_b"):
        b = b.T
    if a.shape[1] != b.shape[0]:
        raise KernelError(f"Matrix size-incompatible: In[0]: {_dims(a.shape)}, In[1]: {_dims(b.shape)}")
    ctx.allocate(op, (a.shape[0], b.shape[1]))
    ctx.charge(matmul_work(a, b.shape[-1]))
    return [np.matmul(a, b).astype(_np(op), copy=False)]


def matmul_work(a: np.ndarray, columns: int) -> int:
    """A matrix product's multiply-adds, as elements of simple C work: BLAS does ~100 of them in
    the time of one, numpy's own loop (ints, bool) ~8, and float16 (no BLAS, converted one by
    one: 13 s for 1000x1000) needs two."""
    macs = a.size * columns
    if a.dtype in (np.float32, np.float64, np.complex64, np.complex128):
        return macs // 100
    return macs * 2 if a.dtype == np.float16 else macs // 8


def _batch_matmul(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    """BatchMatMulV2: matrices in the last two dims (swapped by adj_x / adj_y), batch dims broadcast."""
    a, b = (np.asarray(v) for v in inputs)
    for value, name in ((a, "In[0]"), (b, "In[1]")):
        if value.ndim < 2:
            raise KernelError(f"{name} ndims must be >= 2: {value.ndim}")
    if op.attrs.get("adj_x"):
        a = np.swapaxes(a, -1, -2)
    if op.attrs.get("adj_y"):
        b = np.swapaxes(b, -1, -2)
    try:
        batch = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    except ValueError:
        raise KernelError(f"In[0] and In[1] must have compatible batch dimensions: {_dims(a.shape)} vs. "
                          f"{_dims(b.shape)}") from None
    if a.shape[-1] != b.shape[-2]:
        raise KernelError(f"Matrix size-incompatible: In[0]: {_dims(a.shape)}, In[1]: {_dims(b.shape)}")
    ctx.allocate(op, (*batch, a.shape[-2], b.shape[-1]))
    ctx.charge(matmul_work(a, b.shape[-1]) * max(1, math.prod(batch) // max(1, math.prod(a.shape[:-2]))))
    return [np.matmul(a, b).astype(_np(op), copy=False)]


def _axes(op: Operation, value: Any, rank: int) -> tuple[int, ...]:
    axes = np.asarray(value).reshape(-1)
    out = []
    for a in axes:
        if not -rank <= int(a) < rank:
            raise KernelError(f"Invalid reduction dimension ({int(a)} for input with {rank} dimension(s)")
        out.append(int(a) % rank)
    return tuple(out)


def _reduce(fn: str) -> Kernel:
    def kernel(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
        x = np.asarray(inputs[0])
        axis = _axes(op, inputs[1], x.ndim)
        keep = bool(op.attrs.get("keep_dims"))
        dtype = _np(op)
        if fn == "sum":
            result = np.sum(x, axis=axis, keepdims=keep, dtype=dtype)
        elif fn == "mean":
            if dtype.kind in "iu":
                # TF divides the integer sum by the count: truncation toward zero.
                count = math.prod(x.shape[a] for a in axis)
                total = np.sum(x, axis=axis, keepdims=keep, dtype=dtype)
                result = total if count == 0 else np.trunc(total / count)
            else:
                with np.errstate(all="ignore"):
                    result = np.mean(x, axis=axis, keepdims=keep, dtype=dtype)
        elif x.size == 0:
            # An empty max/min is the identity of the reduction: -inf / +inf, or the int extremes.
            if dtype.kind == "f":
                initial = -np.inf if fn == "max" else np.inf
            else:
                initial = np.iinfo(dtype).min if fn == "max" else np.iinfo(dtype).max
            result = (np.max if fn == "max" else np.min)(x, axis=axis, keepdims=keep, initial=initial)
        else:
            result = (np.max if fn == "max" else np.min)(x, axis=axis, keepdims=keep)
        return [np.asarray(result).astype(dtype, copy=False)]

    return kernel


def _reshape(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    dims = [int(d) for d in np.asarray(inputs[1]).reshape(-1)]
    known = math.prod(d for d in dims if d != -1)
    if dims.count(-1) > 1:
        raise KernelError(f"Only one input size may be -1, not both {dims.index(-1)} and "
                          f"{dims.index(-1, dims.index(-1) + 1)}")
    if (-1 in dims and (known == 0 or x.size % known)) or (-1 not in dims and known != x.size):
        raise KernelError(f"Input to reshape is a tensor with {x.size} values, but the requested shape "
                          f"{'requires a multiple of' if -1 in dims else 'has'} {known}")
    return [np.reshape(x, dims)]


def _concat(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    *values, axis_value = inputs
    arrays = [np.asarray(v) for v in values]
    rank = arrays[0].ndim
    axis = int(axis_value)
    if not -rank <= axis < rank:
        raise KernelError(f"ConcatOp : Expected concatenating dimensions in the range [{-rank}, {rank}), "
                          f"but got {axis}")
    axis %= rank
    for i, a in enumerate(arrays[1:], 1):
        if a.ndim != rank:
            raise KernelError(f"ConcatOp : Ranks of all input tensors should match: shape[0] = "
                              f"{_dims(arrays[0].shape)} vs. shape[{i}] = {_dims(a.shape)}")
        for d in range(rank):
            if d != axis and a.shape[d] != arrays[0].shape[d]:
                raise KernelError(f"ConcatOp : Dimension {d} in both shapes must be equal: shape[0] = "
                                  f"{_dims(arrays[0].shape)} vs. shape[{i}] = {_dims(a.shape)}")
    ctx.allocate(op, (sum(a.size for a in arrays),))
    return [np.concatenate(arrays, axis=axis).astype(_np(op), copy=False)]


def _pack(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    arrays = [np.asarray(v) for v in inputs]
    for i, a in enumerate(arrays[1:], 1):
        if a.shape != arrays[0].shape:
            raise KernelError(f"Shapes of all inputs must match: values[0].shape = {_dims(arrays[0].shape)} "
                              f"!= values[{i}].shape = {_dims(a.shape)}")
    ctx.allocate(op, (sum(a.size for a in arrays),))
    return [np.stack(arrays, axis=int(op.attrs.get("axis", 0))).astype(_np(op), copy=False)]


def _cast(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    target = _np(op)
    with np.errstate(all="ignore"):
        if target.kind in "iu" and x.dtype.kind == "f":
            # C++ float-to-int conversion: truncate toward zero (numpy does the same for finite values).
            return [np.trunc(x).astype(target)]
        return [x.astype(target)]


def _shape_arg(op: Operation, value: Any, ctx: Context) -> list[int]:
    dims = [int(d) for d in np.asarray(value).reshape(-1)]
    for d in dims:
        if d < 0:
            raise KernelError(f"Dimension {d} must be >= 0")
    ctx.allocate(op, dims)
    return dims


def _fill(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    dims = _shape_arg(op, inputs[0], ctx)
    return [np.full(dims, inputs[1], dtype=_np(op))]


def _softmax(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    if x.ndim < 1:
        raise KernelError("logits must have >= 1 dimension, got []")
    if x.dtype == np.float32:
        return [eigen_math.softmax(x)]
    shifted = x - np.max(x, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return [(e / np.sum(e, axis=-1, keepdims=True)).astype(_np(op), copy=False)]


def _random_uniform(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    dims = _shape_arg(op, inputs[0], ctx)
    return [ctx.rng(op).random(dims).astype(_np(op))]


def _random_normal(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    dims = _shape_arg(op, inputs[0], ctx)
    return [ctx.rng(op).standard_normal(dims).astype(_np(op))]


def _truncated_normal(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    """Standard normal redrawn outside two standard deviations, as TF's TruncatedNormal."""
    dims = _shape_arg(op, inputs[0], ctx)
    rng = ctx.rng(op)
    values = rng.standard_normal(dims)
    bad = np.abs(values) > 2
    while np.any(bad):
        values[bad] = rng.standard_normal(int(np.sum(bad)))
        bad = np.abs(values) > 2
    return [values.astype(_np(op))]


def _random_uniform_int(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    dims = _shape_arg(op, inputs[0], ctx)
    low, high = int(np.asarray(inputs[1])), int(np.asarray(inputs[2]))
    if low >= high:
        raise KernelError(f"Need minval < maxval: {low} >= {high}")
    return [ctx.rng(op).integers(low, high, size=dims).astype(_np(op))]


def _sigmoid(x: Any) -> Any:
    return 1.0 / (1.0 + np.exp(-x))


def _relu(x: Any) -> Any:
    return np.maximum(x, np.zeros((), dtype=np.asarray(x).dtype))


def _identity(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    return [inputs[0]]


def _shape(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    return [np.array(np.asarray(inputs[0]).shape, dtype=_np(op))]


_KERNELS: dict[str, Kernel] = {
    "Identity": _identity,
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
    "Equal": _elementwise(np.equal),
    "NotEqual": _elementwise(np.not_equal),
    "MatMul": _matmul,
    "BatchMatMulV2": _batch_matmul,
    "Neg": _unary(np.negative),
    "Square": _unary(np.square),
    "Sqrt": _unary(np.sqrt),
    "Exp": _unary(np.exp, eigen_math.exp),
    "Log": _unary(np.log, eigen_math.log),
    "Tanh": _unary(np.tanh, eigen_math.tanh),
    "Sigmoid": _unary(_sigmoid, eigen_math.sigmoid),
    "Abs": _unary(np.abs),
    "Round": _unary(np.round),  # half to even, as TF's Round
    "Relu": _unary(_relu),
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
    "Shape": _shape,
    "RandomUniform": _random_uniform,
    "RandomStandardNormal": _random_normal,
    "TruncatedNormal": _truncated_normal,
    "RandomUniformInt": _random_uniform_int,
}
for _op_type, _kernel in _KERNELS.items():
    register_kernel(_op_type, _kernel)
