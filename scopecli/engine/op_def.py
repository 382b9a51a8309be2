"""What TF's shape refiner knows of a tensor's value while building (`const_value`: a Const, or a
small computation on constants), and the text TF's shape errors give such values
("... and with computed input tensors: input[1] = <2 3>."), shared by the shape functions.
The one apply_op lives in framework/op_def_library.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from scopecli.engine.framework.dtypes import dt_attr as dt_attr
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.ops_core import (
    node_text,
    shapes_text,
)
from scopecli.errors import ScenarioError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    import numpy as np



def const_value(tensor: Tensor) -> np.ndarray | None:
    """What TF's shape refiner can evaluate while building: a Const, a Cast or Pack of Consts, a
    Range or an integer reduction/arithmetic op of constants."""
    import numpy as np  # numpy only when a value is needed

    op = tensor._op
    if op._type == "Const":
        return np.asarray(op.attrs["value"])
    if op._type == "Cast":
        source = const_value(op._inputs[0])
        target = op._outputs[0]._dtype.base_dtype.numpy_type
        return None if source is None or target is None else source.astype(target)
    if op._type == "Identity":
        # the refiner's constant subgraph passes through an Identity, even one with control
        # inputs (confusion_matrix's with_dependencies guards before its ScatterNd shape)
        return const_value(op._inputs[0])
    if op._type == "Squeeze":  # e.g. remove_squeezable_dimensions' Squeeze of a Const
        source = const_value(op._inputs[0])
        axes = tuple(int(a) for a in op.attrs.get("squeeze_dims", []) or [])
        return None if source is None else (source.squeeze(axes) if axes else source.squeeze())
    if op._type == "ExpandDims":  # e.g. expand_dims(num_sampled, 0) in a concatenated shape
        source, axis = const_value(op._inputs[0]), const_value(op._inputs[1])
        if source is None or axis is None or axis.size != 1 or source.size > 1000:
            return None
        at = int(axis.reshape(-1)[0])
        return np.expand_dims(source, at) if -source.ndim - 1 <= at <= source.ndim else None
    if op._type == "Rank" and op._inputs[0]._shape.dims_ is not None:
        # The refiner materializes Rank (like Shape and Size) from a known static shape.
        return np.asarray(len(op._inputs[0]._shape.dims_), dtype=np.int32)
    if op._type == "Range":
        # EvaluateConstantTensor runs small constant subgraphs, such as range(rank(t)).
        bounds = [const_value(t) for t in op._inputs]
        if all(b is not None for b in bounds):
            return np.arange(*bounds, dtype=op._outputs[0]._dtype.base_dtype.numpy_type)  # type: ignore[misc]
    if op._type == "Pack" and op.attrs.get("axis", 0) == 0:
        parts = [const_value(t) for t in op._inputs]
        if all(p is not None for p in parts):
            return np.stack(parts)  # type: ignore[arg-type]
    if op._type == "ConcatV2":  # e.g. tensordot's perm, concat([free, axes], 0) of two Consts
        parts = [const_value(t) for t in op._inputs]
        if all(p is not None for p in parts) and all(p.ndim == 1 for p in parts[:-1]):  # type: ignore[union-attr]
            return np.concatenate(parts[:-1])  # type: ignore[arg-type]
    if op._type == "StridedSlice" and op._inputs[0]._op._type == "Shape":
        # eval_const_tensor's TryToInferTensorOutputFromShapeNode: `tf.shape(x)[i]` of a known dim
        attrs = op.attrs
        begin = const_value(op._inputs[1])
        dims = op._inputs[0]._op._inputs[0]._shape.dims_
        if attrs["shrink_axis_mask"] == 1 and not attrs["new_axis_mask"] and not attrs["ellipsis_mask"] \
                and begin is not None and begin.size == 1 and dims is not None:
            at = int(begin.reshape(-1)[0])
            if -len(dims) <= at < len(dims) and dims[at] is not None:
                return np.asarray(dims[at], dtype=op._outputs[0]._dtype.base_dtype.numpy_type)
        return None
    if op._type == "StridedSlice":  # a slice of constants, e.g. `dense_shape[0]` of a gradient
        return _strided_slice_value(np, op)
    if op._type in ("ExpandDims", "Reshape"):  # e.g. expand_dims(num_sampled, 0) in a shape vector
        value, other = const_value(op._inputs[0]), const_value(op._inputs[1])
        if value is None or other is None:
            return None
        try:
            if op._type == "ExpandDims":
                return np.expand_dims(value, int(other.reshape(-1)[0]))
            return value.reshape([int(d) for d in other.reshape(-1)])
        except (ValueError, IndexError):
            return None  # the op's own shape function reports it
    if op._type in _EXACT:
        # Value-exact ops of any dtype in a small constant subgraph (linspace's Slice size).
        parts = [const_value(t) for t in op._inputs]
        if all(p is not None for p in parts):
            return _EXACT[op._type](np, parts, op.attrs)
        return None
    folded = _FOLDS.get(op._type)
    if folded is not None and op._outputs[0]._dtype.base_dtype.is_integer:
        # EvaluateConstantTensor folds small constant subgraphs: max(0, max(lengths)) in sequence_mask
        parts = [const_value(t) for t in op._inputs]
        if all(p is not None for p in parts):
            out = folded(np, parts, op.attrs)
            if out is not None:
                return np.asarray(out).astype(op._outputs[0]._dtype.base_dtype.numpy_type)
    if op._type == "Range":
        # EvaluateConstantTensor runs small constant subgraphs: range(0, rank) of a known rank.
        start, limit, delta = (const_value(t) for t in op._inputs)
        if start is not None and limit is not None and delta is not None and int(delta) != 0:
            return np.arange(start, limit, delta).astype(op._outputs[0]._dtype.base_dtype.numpy_type)
    return None


def _strided_slice_value(np: Any, op: Any) -> Any:
    """EvaluateConstantTensor running a StridedSlice whose inputs are all constants."""
    from scopecli.engine import strided_slice as ss

    parts = [const_value(t) for t in op._inputs[:4]]
    if any(p is None for p in parts) or parts[0].size > 1000:
        return None  # EvaluateConstantTensor folds only small subgraphs
    x = parts[0]
    attrs = op.attrs
    masks = ss.Masks(attrs["begin_mask"], attrs["end_mask"], attrs["ellipsis_mask"], attrs["new_axis_mask"],
                     attrs["shrink_axis_mask"])
    try:
        begin, end, strides = ([int(v) for v in p.reshape(-1)] for p in parts[1:])
        dense, final = ss.validate(list(x.shape), begin, end, strides, masks)
    except ss.SliceError:
        return None  # the op's own shape function reports it
    index = [slice(0, 0) if stride < 0 and begin == -1 else
             slice(begin, None if end == -1 and stride < 0 else end, stride)
             for begin, end, stride in zip(dense.begin, dense.end, dense.strides, strict=True)]
    return np.ascontiguousarray(x[tuple(index)]).reshape(final)


def _reduce(name: str) -> Any:
    def fold(np: Any, parts: list[Any], attrs: Any) -> Any:
        axes = tuple(int(a) % max(parts[0].ndim, 1) for a in np.asarray(parts[1]).reshape(-1))
        return getattr(np, name)(parts[0], axis=axes, keepdims=bool(attrs["keep_dims"]))

    return fold


def _binary(name: str) -> Any:
    return lambda np, parts, attrs: getattr(np, name)(parts[0], parts[1])


# Integer-exact ops whose constant inputs the shape refiner folds (floats are left alone: their
# rounding would have to match TF's kernels).
_FOLDS: dict[str, Any] = {
    "Max": _reduce("max"), "Min": _reduce("min"), "Sum": _reduce("sum"), "Prod": _reduce("prod"),
    "Maximum": _binary("maximum"), "Minimum": _binary("minimum"), "AddV2": _binary("add"),
    "Sub": _binary("subtract"), "Mul": _binary("multiply"),
    "FloorDiv": lambda np, parts, attrs: _floor(np, "floor_divide", parts),
    "FloorMod": lambda np, parts, attrs: _floor(np, "mod", parts),
    "Fill": lambda np, parts, attrs: _fill(np, parts),
}


# Ops whose value is exact in any dtype (a choice, a reshape, a slice, a comparison).
_EXACT: dict[str, Any] = {
    "SelectV2": lambda np, parts, attrs: np.where(parts[0], parts[1], parts[2]),
    "Equal": lambda np, parts, attrs: np.equal(parts[0], parts[1]),
    "GreaterEqual": lambda np, parts, attrs: np.greater_equal(parts[0], parts[1]),
    "BroadcastArgs": lambda np, parts, attrs: _broadcast_args(np, parts),
}


def _floor(np: Any, name: str, parts: list[Any]) -> Any:
    """FloorDiv/FloorMod of integer constants (wavenet's `(shape[1] + d - 1) % d` padding); a zero
    divisor fails the kernel, so the refiner knows no value."""
    if not np.all(parts[1]):
        return None
    return getattr(np, name)(parts[0], parts[1])


def _broadcast_args(np: Any, parts: list[Any]) -> Any:
    try:
        shape = np.broadcast_shapes(*(tuple(int(d) for d in p.reshape(-1)) for p in parts))
    except ValueError:
        return None  # incompatible: the kernel reports it when run
    return np.asarray(shape, dtype=parts[0].dtype).reshape(-1)


def _fill(np: Any, parts: list[Any]) -> Any:
    """Fill of constants, folded only while small (the refiner folds small subgraphs only)."""
    dims = [int(d) for d in parts[0].reshape(-1)]
    count = 1
    for d in dims:
        count *= max(d, 0)
    return np.full(dims, parts[1]) if count <= 1000 else None


def summarize(value: np.ndarray, limit: int = 10) -> str:
    """Tensor::SummarizeValue(limit): up to `limit` values, space separated, "..." after."""
    import numpy as np

    array = np.asarray(value)
    flat = array.reshape(-1)
    if array.ndim < 2:
        items = [_scalar_text(v) for v in flat[:limit]]
        return " ".join(items) + ("..." if flat.size > limit else "")
    out: list[str] = []
    _print_dim(0, array.shape, flat, [0], out, limit)  # tensor.cc PrintOneDim: "[-1 0][0 0]"
    return "".join(out) + ("..." if flat.size > limit else "")


def _print_dim(dim: int, shape: tuple[int, ...], flat: Any, index: list[int], out: list[str],
               limit: int) -> None:
    if index[0] >= limit:
        return
    if dim == len(shape) - 1:
        for i in range(shape[dim]):
            if index[0] >= limit:
                out.append("...")
                return
            out.append((" " if i else "") + _scalar_text(flat[index[0]]))
            index[0] += 1
        return
    for _ in range(shape[dim]):
        opened = index[0] < limit
        if opened:
            out.append("[")
        _print_dim(dim + 1, shape, flat, index, out, limit)
        if index[0] < limit or opened:
            out.append("]")


def _scalar_text(v: Any) -> str:
    import numpy as np

    if isinstance(v, (np.floating, float)):
        return f"{float(v):g}"
    if isinstance(v, (np.bool_, bool)):
        return "1" if v else "0"
    return str(v)


def computed(values: dict[int, np.ndarray]) -> str:
    """The " and with computed input tensors: input[1] = <5>, ..." tail of a shape error."""
    if not values:
        return ""
    return " and with computed input tensors: " + ", ".join(
        f"input[{i}] = <{summarize(v)}>" for i, v in sorted(values.items())
    )


def shape_error(
    message: str, name: str, op_type: str, attrs: str, inputs: Sequence[Tensor], extra: str = ""
) -> ScenarioError:
    """A shape function's failure as graph construction reports it (a ValueError)."""
    return tf_value_error(
        f"{message} for {node_text(name, op_type, attrs, inputs)} with input shapes: "
        f"{shapes_text(inputs)}{extra}."
    )
