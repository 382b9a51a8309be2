"""numpy kernels for the array and element-wise math ops (engine/ops/array_*_ops.py, math_*_ops.py).

Same contract as kernels.py: TF's CPU results in TF's dtypes, TF's runtime messages (checked
against TF 2.21 with fed placeholders), every new array sized through `ctx.allocate` first.
Float32 Log1p follows Eigen's packet formula (log(1 + x) scaled) so digits match; float32
Reciprocal and Rsqrt in whole 8-float packets use the CPU's approximate instructions in TF and
may differ from these correctly rounded values in the last digit (explain's notes say so).
"""

from __future__ import annotations

import numpy as np

from scopecli.engine import strided_slice as ss
from scopecli.engine.framework.graph import Operation
from scopecli.engine.ops.array_fill_ops import range_error, range_size
from scopecli.evaluate import eigen_math
from scopecli.evaluate.kernel_registry import register_kernel
from scopecli.evaluate.kernels import Context, Kernel, KernelError, _axes, _dims, _elementwise, _np, _unary

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

F32 = np.float32


def _ints(value: Any) -> list[int]:
    return [int(v) for v in np.asarray(value).reshape(-1)]


def _strided_slice(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    attrs = op.attrs
    masks = ss.Masks(
        attrs["begin_mask"],
        attrs["end_mask"],
        attrs["ellipsis_mask"],
        attrs["new_axis_mask"],
        attrs["shrink_axis_mask"],
    )
    try:
        dense, final = ss.validate(list(x.shape), _ints(inputs[1]), _ints(inputs[2]), _ints(inputs[3]), masks)
    except ss.SliceError as error:
        raise KernelError(str(error)) from None
    index = []
    for begin, end, stride in zip(dense.begin, dense.end, dense.strides, strict=True):
        if stride < 0 and begin == -1:
            index.append(slice(0, 0))
        else:
            index.append(slice(begin, None if end == -1 and stride < 0 else end, stride))
    ctx.allocate(op, final)
    return [np.ascontiguousarray(x[tuple(index)]).reshape(final)]


def _transpose(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    perm = _ints(inputs[1])
    if len(perm) != x.ndim:
        raise KernelError(
            f"transpose expects a vector of size {x.ndim}. But input(1) is a vector of size {len(perm)}"
        )
    for d in perm:
        if not 0 <= d < x.ndim:
            raise KernelError(f"{d} is out of range [0 .. {x.ndim})")
    for d in range(x.ndim):
        if d not in perm:
            raise KernelError(f"{d} is missing from {{{','.join(str(p) for p in perm)}}}.")
    return [np.ascontiguousarray(np.transpose(x, perm))]


def _expand_dims(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    dim = _ints(inputs[1])[0]
    if dim < -1 - x.ndim or dim > x.ndim:
        raise KernelError(f"Tried to expand dim index {dim} for tensor with {x.ndim} dimensions.")
    return [np.expand_dims(x, dim if dim >= 0 else dim + x.ndim + 1)]


def _squeeze(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    wanted = [int(d) for d in op.attrs["squeeze_dims"]]
    for d in wanted:
        if d < -x.ndim or d >= x.ndim:
            raise KernelError(f"Tried to squeeze dim index {d} for tensor with {x.ndim} dimensions.")
    chosen = {d % x.ndim for d in wanted} if x.ndim else set()
    for d in sorted(chosen):
        if x.shape[d] != 1:
            raise KernelError(f"Can not squeeze dim[{d}], expected a dimension of 1, got {x.shape[d]}")
    keep = [n for i, n in enumerate(x.shape) if not ((i in chosen) if chosen else n == 1)]
    return [x.reshape(keep)]


def _tile(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    times = _ints(inputs[1])
    if len(times) != x.ndim:
        raise KernelError(
            f"Expected multiples argument to be a vector of length {x.ndim} but got length {len(times)}"
        )
    for i, t in enumerate(times):
        if t < 0:
            raise KernelError(f"Expected multiples[{i}] >= 0, but got {t}")
    ctx.allocate(op, [d * t for d, t in zip(x.shape, times, strict=True)])
    return [np.tile(x, times)]


def _gather(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    params, indices = np.asarray(inputs[0]), np.asarray(inputs[1])
    axis = _ints(inputs[2])[0]
    need = -axis if axis < 0 else axis + 1
    if params.ndim < need:
        raise KernelError(f"Shape must be at least rank {need} but is rank {params.ndim}")
    axis %= params.ndim
    limit = params.shape[axis]
    bad = np.argwhere((indices < 0) | (indices >= limit))
    if bad.size:
        where = tuple(int(i) for i in bad[0])
        text = ",".join(str(i) for i in where)
        raise KernelError(f"indices[{text}] = {int(indices[where])} is not in [0, {limit})")
    ctx.allocate(op, params.shape[:axis] + indices.shape + params.shape[axis + 1 :])
    return [np.take(params, indices, axis=axis)]


def _arg(fn: Any) -> Kernel:
    def kernel(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
        x = np.asarray(inputs[0])
        axis = _ints(inputs[1])[0]
        if not -x.ndim <= axis < max(x.ndim, 0) or x.ndim == 0:
            raise KernelError(f"Expected dimension in the range [{-x.ndim}, {x.ndim}), but got {axis}")
        if x.shape[axis] == 0:
            raise KernelError(f"Reduction axis {axis} is empty in shape {_dims(x.shape)}")
        with np.errstate(all="ignore"):
            # Eigen's arg reducers compare with < / >, so a NaN never wins (numpy's would).
            clean = (
                np.where(np.isnan(x), -np.inf if fn is np.argmax else np.inf, x) if x.dtype.kind == "f" else x
            )
            return [np.asarray(fn(clean, axis=axis)).astype(_np(op))]

    return kernel


def _prod(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    axis = _axes(op, inputs[1], x.ndim)
    with np.errstate(all="ignore"):
        result = np.prod(x, axis=axis, keepdims=bool(op.attrs.get("keep_dims")), dtype=_np(op))
    return [np.asarray(result).astype(_np(op), copy=False)]


def _add_n(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    arrays = [np.asarray(v) for v in inputs]
    for i, a in enumerate(arrays[1:], 1):
        if a.shape != arrays[0].shape:
            raise KernelError(
                f"Inputs to operation {op._name} of type AddN must have the same size and shape.  "
                f"Input 0: {_dims(arrays[0].shape)} != input {i}: {_dims(a.shape)}"
            )
    total = arrays[0]
    with np.errstate(all="ignore"):
        for a in arrays[1:]:
            total = (total + a).astype(_np(op))
    return [total]


def _select(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    cond, then, other = (np.asarray(v) for v in inputs)
    if then.shape != other.shape:
        raise KernelError(
            f"Inputs to operation {op._name} of type Select must have the same size and shape.  "
            f"Input 0: {_dims(cond.shape)} != input 2: {_dims(other.shape)}"
        )
    if cond.ndim == 1 and then.ndim > 1:
        if cond.shape[0] != then.shape[0]:
            raise KernelError(
                f"Number of batches of 'then' must match size of 'cond', but saw: "
                f"{then.shape[0]} vs. {cond.shape[0]}"
            )
        cond = cond.reshape(cond.shape + (1,) * (then.ndim - 1))
    elif cond.ndim != 0 and cond.shape != then.shape:
        raise KernelError(
            f"Inputs to operation {op._name} of type Select must have the same size and shape.  "
            f"Input 0: {_dims(cond.shape)} != input 1: {_dims(then.shape)}"
        )
    return [np.where(cond, then, other).astype(_np(op), copy=False)]


def _where(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    return [np.argwhere(np.asarray(inputs[0])).astype(np.int64)]


def _bias_add(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x, bias = np.asarray(inputs[0]), np.asarray(inputs[1])
    if x.ndim < 2:
        raise KernelError(f"Input tensor must be at least 2D: {_dims(x.shape)}")
    if bias.ndim != 1:
        raise KernelError(f"Biases must be 1D: {_dims(bias.shape)}")
    # NCHW with rank > 2: the bias goes along dimension 1 (BiasOp's channel dim).
    axis = 1 if op.attrs.get("data_format") == "NCHW" and x.ndim > 2 else x.ndim - 1
    if bias.shape[0] != x.shape[axis]:
        raise KernelError(
            f"Must provide as many biases as the {'channel' if axis == 1 else 'last'} dimension of the input "
            f"tensor: {_dims(bias.shape)} vs. {_dims(x.shape)}"
        )
    with np.errstate(all="ignore"):
        return [(x + bias.reshape((-1,) + (1,) * (x.ndim - 1 - axis))).astype(_np(op))]


def _one_hot(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    indices = np.asarray(inputs[0])
    depth = int(np.asarray(inputs[1]))
    if depth < 0:
        raise KernelError(f"depth must be non-negative, got: {depth}")
    axis = op.attrs["axis"]
    axis = indices.ndim if axis == -1 else axis
    ctx.allocate(op, (*indices.shape, depth))
    hot = np.arange(depth).reshape((1,) * indices.ndim + (depth,)) == indices[..., None]
    result = np.where(hot, np.asarray(inputs[2]), np.asarray(inputs[3])).astype(_np(op))
    return [np.moveaxis(result, -1, axis)]


def _range(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    start, limit, delta = (np.asarray(v).item() for v in inputs)
    error = range_error(start, limit, delta)
    if error:
        raise KernelError(error.replace("Requires delta != 0", f"Requires delta != 0: {delta}"))
    count = range_size(start, limit, delta)
    ctx.allocate(op, (count,))
    dtype = _np(op)
    # RangeOp adds delta to a running value of the output type, one step at a time (cumsum does too).
    steps = np.full(count, delta, dtype=dtype)
    if count:
        steps[0] = start
    return [np.cumsum(steps, dtype=dtype)]


def _l2_loss(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x = np.asarray(inputs[0])
    with np.errstate(all="ignore"):
        return [
            np.asarray(np.sum(np.square(x, dtype=x.dtype), dtype=x.dtype) / x.dtype.type(2)).astype(_np(op))
        ]


def _log1p_f32(x: np.ndarray) -> np.ndarray:
    """Eigen's log1p: x * (log(1 + x) / ((1 + x) - 1)), x itself when 1 + x is 1 or inf; whole
    packets take Eigen's packet log, the tail libm's. Checked against TF 2.21: a tail value can
    still differ in the last digit now and then (TF's scalar path is not fully reproduced)."""

    def formula(log: Any) -> Any:
        def apply(v: np.ndarray) -> np.ndarray:
            xp1 = (v + F32(1)).astype(F32)
            log1 = log(xp1)
            with np.errstate(all="ignore"):
                large = (v * (log1 / (xp1 - F32(1))).astype(F32)).astype(F32)
            return np.where((xp1 == F32(1)) | (xp1 == log1), v, large).astype(F32)

        return apply

    scalar_log = eigen_math._libm(np.log)
    return eigen_math._split(formula(eigen_math.packet_log), formula(scalar_log))(x)


def _reciprocal(x: Any) -> Any:
    if np.asarray(x).dtype.kind in "iu":
        raise KernelError(
            "No OpKernel was registered to support Op 'Reciprocal' with these attrs: "
            f"[T=DT_{np.asarray(x).dtype.name.upper()}]"
        )
    return 1 / x


def _logical(fn: Any) -> Kernel:
    return _elementwise(fn)


_ARRAY_KERNELS: dict[str, Kernel] = {
    "StridedSlice": _strided_slice,
    "Transpose": _transpose,
    "ExpandDims": _expand_dims,
    "Squeeze": _squeeze,
    "Tile": _tile,
    "GatherV2": _gather,
    "ZerosLike": lambda op, inputs, ctx: [np.zeros_like(np.asarray(inputs[0]))],
    "Size": lambda op, inputs, ctx: [np.asarray(np.asarray(inputs[0]).size, dtype=_np(op))],
    "Rank": lambda op, inputs, ctx: [np.int32(np.asarray(inputs[0]).ndim)],
    "ArgMax": _arg(np.argmax),
    "ArgMin": _arg(np.argmin),
    "Prod": _prod,
    "AddN": _add_n,
    "Select": _select,
    "Where": _where,
    "BiasAdd": _bias_add,
    "OneHot": _one_hot,
    "Range": _range,
    "L2Loss": _l2_loss,
    "LogicalAnd": _logical(np.logical_and),
    "LogicalOr": _logical(np.logical_or),
    "LogicalNot": _unary(np.logical_not),
    "Floor": _unary(np.floor),
    "Ceil": _unary(np.ceil),
    "Sign": _unary(np.sign),
    "Reciprocal": _unary(_reciprocal),
    # The tail after whole packets is Eigen's scalar path: 1 / sqrt(x) in float32.
    "Rsqrt": _unary(lambda x: 1 / np.sqrt(x), eigen_math._split(
        lambda x: (1 / np.sqrt(x.astype(np.float64))).astype(F32), lambda x: F32(1) / np.sqrt(x))),
    "Log1p": _unary(np.log1p, _log1p_f32),
}
for _op_type, _kernel in _ARRAY_KERNELS.items():
    register_kernel(_op_type, _kernel)


def _identity(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    return [inputs[0]]


def _truncate_mod(x: Any, y: Any) -> Any:
    if np.asarray(x).dtype.kind in "iu" and np.any(np.asarray(y) == 0):
        raise KernelError("Integer division by zero")
    return np.fmod(x, y)


def _no_nan(fn: Any) -> Any:
    """DivNoNan / MulNoNan: 0 where y is 0, else fn(x, y)."""

    def apply(x: Any, y: Any) -> Any:
        y = np.asarray(y)
        return np.where(y == 0, np.zeros((), dtype=y.dtype), fn(x, np.where(y == 0, np.ones((), y.dtype), y)))

    return apply


for _op_type, _kernel in {
    "StopGradient": _identity,
    "Snapshot": _identity,
    "IsNan": _unary(np.isnan),
    "IsInf": _unary(np.isinf),
    "IsFinite": _unary(np.isfinite),
    "Rint": _unary(np.rint),
    "SquaredDifference": _elementwise(lambda x, y: np.square(np.subtract(x, y))),
    "TruncateMod": _elementwise(_truncate_mod),
    "DivNoNan": _elementwise(_no_nan(np.true_divide)),
    "MulNoNan": _elementwise(_no_nan(np.multiply)),
}.items():
    register_kernel(_op_type, _kernel)
