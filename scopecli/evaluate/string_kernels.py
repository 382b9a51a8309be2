"""Kernels of AsString and ReduceJoin as TF's CPU kernels compute them: AsString builds one
printf format from its attrs (as_string_op.cc, refusing the combinations it refuses when the
kernel is made) and formats each element; ReduceJoin joins along the reduced axes, the first
listed axis varying fastest (reduce_join_op.cc)."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import PY_ITEM, kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_FLOATS = ("float16", "bfloat16", "float32", "float64")
_INTS = ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _format(op: Any, kind: str) -> str:
    """The printf format AsStringOp's constructor builds, or its InvalidArgumentError."""
    precision, width = int(op.attrs["precision"]), int(op.attrs["width"])
    scientific, shortest, fill = bool(op.attrs["scientific"]), bool(op.attrs["shortest"]), op.attrs["fill"]
    fill = _text(fill)
    is_float = kind in _FLOATS
    if len(fill) > 1:
        raise KernelError(f"Fill string must be one or fewer characters: {fill}")
    if scientific and shortest:
        raise KernelError("Cannot select both scientific and shortest notation")
    if scientific and not is_float:
        raise KernelError(f"scientific notation not supported for dtype {kind}")
    if shortest and not is_float:
        raise KernelError(f"shortest notation not supported for dtype {kind}")
    if precision > -1 and not is_float:
        raise KernelError(f"precision not supported for dtype {kind}")
    spec = "%"
    if fill:
        if fill not in (" ", "+", "-", "0", "#"):
            raise KernelError(f'Fill argument not supported: "{fill}"')
        spec += fill
    if width > -1:
        spec += str(width)
    if precision > -1:
        spec += f".{precision}"
    if is_float:
        return spec + ("g" if shortest else "e" if scientific else "f")
    if kind in _INTS:
        return spec + "d"
    return spec + "s"


@kernel("AsString")
def _as_string(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    values = np.asarray(inputs[0])
    kind = op._inputs[0]._dtype.base_dtype.name
    if kind == "bool":
        convert: Any = lambda v: "true" if v else "false"  # noqa: E731 - one expression per dtype
    elif kind in _FLOATS or kind in _INTS or kind == "string":
        spec = _format(op, kind)
        if kind in _FLOATS:
            convert = lambda v: spec % float(v)  # noqa: E731
        elif kind in _INTS:
            convert = lambda v: spec % int(v)  # noqa: E731
        else:
            convert = lambda v: spec % _text(v)  # noqa: E731
    else:
        raise KernelError(f"Value for attr 'T' of {kind} is not in the list of allowed values")
    width = max(int(op.attrs["width"]), 0) + max(int(op.attrs["precision"]), 0)
    ctx.charge(values.size * (PY_ITEM + width))  # each string is built in Python, `width` long
    out = [convert(v) for v in values.reshape(-1)]
    return [np.array(out, dtype=object).reshape(values.shape)]


@kernel("ReduceJoin")
def _reduce_join(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    values = np.asarray(inputs[0], dtype=object)
    axes = [int(a) for a in np.asarray(inputs[1]).reshape(-1)]
    rank = values.ndim
    normal: list[int] = []
    for axis in axes:
        if not -rank <= axis < rank:
            raise KernelError(f"Invalid reduction dimension {axis} for input with {rank} dimensions")
        if axis % rank in normal:
            raise KernelError(f"Duplicate reduction dimension {axis}")
        normal.append(axis % rank)
    ctx.charge(values.size * PY_ITEM)
    separator = _text(op.attrs.get("separator", ""))
    kept = [i for i in range(rank) if i not in normal]
    # the first listed axis varies fastest: it goes last
    moved = np.transpose(values, kept + normal[::-1]) if rank else values
    kept_shape = [values.shape[i] for i in kept]
    flat = moved.reshape([*kept_shape, -1]) if normal else moved.reshape([*kept_shape, 1])
    joined = np.empty(flat.shape[:-1], dtype=object)
    for index in np.ndindex(*flat.shape[:-1]):
        joined[index] = separator.join(_text(v) for v in flat[index])
    if op.attrs.get("keep_dims"):
        joined = joined.reshape([1 if i in normal else values.shape[i] for i in range(rank)])
    return [joined]
