"""array_ops' shaping functions: identity, reshape, expand_dims, squeeze, transpose,
shape, size, rank and placeholder, with the shape functions of their op types (TF's C++ ones,
errors included). A function whose result is known while building (the shape of a fully defined
tensor, its size or rank) returns a Const, as TF's wrappers do.
"""

from __future__ import annotations

from scopecli.engine.framework import common_shapes as sf
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor, TensorConvertible
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape, as_shape
from scopecli.engine.framework.sparse_tensor import SparseTensor, SparseTensorValue, to_sparse
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.op_def import computed, const_value, dt_attr, shape_error
from scopecli.engine.ops.math_arith_ops import _t, unary
from scopecli.engine.ops.tensor_util import (
    NOT_CONSTANT,
    _pending_ints,
    constant_ints,
    constant_value_as_shape,
    known_ints,
)
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


@tf_export("identity")
def identity(state: TFState, input: Any, name: Any = None) -> Tensor:  # noqa: A002 - TF's name
    return unary(state, "Identity", "input", input, name)


def _static_ints(value: Any) -> list[int] | None:
    """The integer list a shape argument holds, when it is known without running the graph."""
    if (value.__class__ is list or value.__class__ is tuple) and all(v.__class__ is int for v in value):
        return list(value)
    if isinstance(value, (list, tuple)) and all(isinstance(v, int) and not isinstance(v, bool)
                                                 for v in value):
        return [int(v) for v in value]
    if isinstance(value, TensorShape) and value.is_fully_defined():
        return [int(d) for d in value.dims_ or ()]
    if isinstance(value, Tensor) and value._op._type == "Const":
        listed = _pending_ints(value._op) if value._dtype.base_dtype.is_integer else None
        if listed is not None:  # a flat int list not yet made an array: read without numpy
            return listed
        array = value._op.attrs["value"]
        if array.ndim == 1 and array.dtype.kind in "iu":
            return [int(v) for v in array]
    return None


@tf_export("reshape")
def reshape(state: TFState, tensor: Any, shape: Any, name: Any = None) -> Tensor:
    target = _static_ints(shape)
    if isinstance(shape, TensorShape):
        shape = target
    return _t(apply_op(state, "Reshape", name, tensor=tensor, shape=shape))


def _reshape_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """ReshapeShapeFn: the target's value when it is a constant, else what is known of it
    (MakeShapeFromShapeTensor: a concat of constants and `shape(x)[i:j]` slices, a stack ...)."""
    target = constant_ints(inputs[1])
    dims = inputs[1]._shape.dims_
    if target is None and dims is not None and len(dims) == 1 and dims[0] is not None:
        return [sf.reshape_partial(inputs[0]._shape, constant_value_as_shape(inputs[1]))]
    return [shape for _, shape in sf.reshape(target)(node, inputs)]


register_shape("Reshape", _reshape_shape)


@tf_export("placeholder")
def placeholder(state: TFState, dtype: Any, shape: Any = None, name: Any = None) -> Tensor:
    dt = dtypes.as_dtype(dtype)
    static = as_shape(shape) if shape is not None else TensorShape(None)
    return _t(apply_op(state, "Placeholder", name, dtype=dt.base_dtype, shape=static))


@tf_export("placeholder_with_default")
def placeholder_with_default(state: TFState, input: Any, shape: Any, name: Any = None) -> Tensor:  # noqa: A002
    """array_ops.placeholder_with_default: `input` unless fed; its static shape is `shape`."""
    static = as_shape(shape) if shape is not None else TensorShape(None)
    return _t(apply_op(state, "PlaceholderWithDefault", name, input=input, shape=static))


def _placeholder_with_default_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]
                                    ) -> list[TensorShape]:
    """PlaceholderWithDefault: the `shape` attr, merged with the input's only to check them."""
    from scopecli.engine.framework.common_shapes import merge_error
    from scopecli.engine.framework.op_def_library import shape_error

    shape = attrs["shape"]
    out = shape if isinstance(shape, TensorShape) else TensorShape(None if shape is None else tuple(shape))
    given = inputs[0]._shape
    if not given.is_compatible_with(out):
        raise shape_error(merge_error(given, out), name, "PlaceholderWithDefault", attrs, inputs)
    return [out]


register_shape("PlaceholderWithDefault", _placeholder_with_default_shape)


@tf_export("shape")
def shape(state: TFState, input: Any, name: Any = None, out_type: Any = dtypes.int32) -> Tensor:  # noqa: A002
    out = dtypes.as_dtype(out_type)
    with _scope(state, name, "Shape", [input]) as scope:
        if isinstance(input, (SparseTensor, SparseTensorValue)):
            # shape_internal: a sparse tensor's dense_shape cast to out_type (no name: "Cast")
            return _t(apply_op(state, "Cast", None, x=to_sparse(state, input)._dense_shape, DstT=out,
                               Truncate=False))
        tensor = convert_to_tensor(state, input)
        if tensor._shape.is_fully_defined():
            # the same Const as TF's np.array(dims, out_type), kept lazy (no numpy import)
            return constant(state, list(tensor._shape.dims_ or ()), dtype=out, name=scope)
        return _t(apply_op(state, "Shape", scope, input=tensor, out_type=out))


Outputs = list[tuple[dtypes.DType, TensorShape]]


def _dims(shape: TensorShape) -> list[int | None] | None:
    return None if shape.dims_ is None else list(shape.dims_)


def _shape(dims: list[int | None] | None) -> TensorShape:
    return TensorShape(None) if dims is None else TensorShape.known(tuple(dims))


@tf_export("transpose")
def transpose(
    state: TFState, a: Any, perm: Any = None, name: Any = "transpose", conjugate: bool = False
) -> Tensor:
    with _scope(state, name, "transpose", [a]) as scope:
        if not isinstance(a, (Tensor, TensorConvertible)):
            a = convert_to_tensor(state, a, name="a")
        if perm is None:
            rank = convert_to_tensor(state, a)._shape.ndims
            if rank is None:  # perm = range(rank(a) - 1, -1, -1), worked out when run
                from scopecli.engine.ops import math_arith_ops as m

                rank_t = _t(apply_op(state, "Rank", None, input=a))
                last = m.operator_binary(state, "sub", m.subtract, rank_t, 1)
                perm = _t(apply_op(state, "Range", None, start=last, limit=-1, delta=-1))
                return _t(apply_op(state, "Transpose", scope, x=a, perm=perm))
            import numpy as np  # numpy only when needed (here: the perm Const TF makes)

            perm = np.arange(rank - 1, -1, -1, dtype=np.int32)
        return _t(apply_op(state, "Transpose", scope, x=a, perm=perm))


def _shapes_of(infer: Any) -> Any:
    """An (dtype, shape) infer function of the older form as a registry shape function."""
    return lambda node, inputs, attrs: [shape for _, shape in infer(node, inputs)]


def _transpose_infer(name: str, inputs: list[Tensor]) -> Outputs:
    source, perm_t = inputs
    dtype = source._dtype.base_dtype
    attrs = f"T={dt_attr(source._dtype)}, Tperm={dt_attr(perm_t._dtype)}"
    dims = _dims(source._shape)
    perm_dims = _dims(perm_t._shape)
    elems = perm_dims[0] if perm_dims is not None and len(perm_dims) == 1 else None
    if dims is None and elems is None:
        return [(dtype, TensorShape(None))]
    rank = len(dims) if dims is not None else elems
    assert rank is not None
    if dims is None and rank < 2:
        return [(dtype, source._shape)]
    if dims is None:
        dims = [None] * rank
    elif len(dims) != rank:
        raise shape_error(
            f"Shape must be rank {rank} but is rank {len(dims)}", name, "Transpose", attrs, inputs
        )
    if elems is not None and elems != rank:
        raise shape_error(f"Dimension must be {rank} but is {elems}", name, "Transpose", attrs, inputs)
    listed = known_ints(perm_t)
    if listed.__class__ is list and len(listed) == rank and all(-rank <= i < rank for i in listed):
        return [(dtype, _shape([dims[i] for i in listed]))]  # type: ignore[union-attr] # perm known without numpy
    perm = None if listed is NOT_CONSTANT else const_value(perm_t)
    if perm is None:
        return [(dtype, _shape([None] * rank))]
    out: list[int | None] = []
    for index in perm.reshape(-1):
        index = int(index)
        if index >= rank or index < -rank:
            raise shape_error(
                f"perm dim {index} is out of range of input rank {rank}",
                name,
                "Transpose",
                attrs,
                inputs,
                computed({1: perm}),
            )
        out.append(dims[index])
    return [(dtype, _shape(out))]


register_shape("Transpose", _shapes_of(_transpose_infer))


@tf_export("expand_dims")
def expand_dims(
    state: TFState,
    input: Any,
    axis: Any = None,
    name: Any = None,  # noqa: A002 - TF's name
    dim: Any = None,
) -> Tensor:
    if axis is None:
        axis = dim
    if axis is None:
        raise tf_value_error("Must specify an axis argument to tf.expand_dims()")

    return _t(apply_op(state, "ExpandDims", name, input=input, dim=axis))


def _expand_dims_infer(node: str, inputs: list[Tensor]) -> Outputs:
    source, dim_t = inputs
    dtype = source._dtype.base_dtype
    known = known_ints(dim_t)
    dims = _dims(source._shape)
    if known is NOT_CONSTANT or (known.__class__ is int and dims is None):
        return [(dtype, TensorShape(None))]
    if known.__class__ is int and -len(dims) - 1 <= known <= len(dims):  # type: ignore[arg-type]
        at = known + len(dims) + 1 if known < 0 else known  # type: ignore[arg-type,operator]
        return [(dtype, _shape([*dims[:at], 1, *dims[at:]]))]  # type: ignore[index] # no numpy needed
    value = const_value(dim_t)  # the general path, and its errors
    attrs = f"T={dt_attr(source._dtype)}, Tdim={dt_attr(dim_t._dtype)}"
    if value is not None and value.size != 1:
        raise shape_error(
            "'dim' input must be a tensor with a single value",
            node,
            "ExpandDims",
            attrs,
            inputs,
            computed({1: value}),
        )
    if value is None or dims is None:
        return [(dtype, TensorShape(None))]
    at, rank = int(value.reshape(-1)[0]), len(dims)
    if at < -rank - 1 or at > rank:
        raise shape_error(
            f"dim {at} not in the interval [{-rank - 1}, {rank}].",
            node,
            "ExpandDims",
            attrs,
            inputs,
            computed({1: value}),
        )
    at = at + rank + 1 if at < 0 else at
    return [(dtype, _shape([*dims[:at], 1, *dims[at:]]))]


register_shape("ExpandDims", _shapes_of(_expand_dims_infer))


@tf_export("squeeze")
def squeeze(
    state: TFState,
    input: Any,
    axis: Any = None,
    name: Any = None,  # noqa: A002 - TF's name
    squeeze_dims: Any = None,
) -> Tensor:
    if axis is None:
        axis = squeeze_dims
    if isinstance(axis, int):
        axis = [axis]
    wanted = [] if axis is None else list(axis)
    if not all(isinstance(a, int) and not isinstance(a, bool) for a in wanted):
        raise InputError("tf.squeeze takes its axis as Python ints in scopecli")

    return _t(apply_op(state, "Squeeze", name, input=input, squeeze_dims=wanted))


def _squeeze_infer(node: str, inputs: list[Tensor], wanted: list[int]) -> Outputs:
    source = inputs[0]
    dtype = source._dtype.base_dtype
    dims = _dims(source._shape)
    attrs = f"T={dt_attr(source._dtype)}, squeeze_dims=[{', '.join(str(a) for a in wanted)}]"
    if dims is None:
        return [(dtype, TensorShape(None))]
    rank = len(dims)
    chosen = []
    for i, a in enumerate(wanted):
        if a < -rank or a >= rank:
            raise shape_error(
                f"squeeze_dims[{i}] not in [{-rank},{rank}).", node, "Squeeze", attrs, inputs
            )
        chosen.append(a + rank if a < 0 else a)
    out: list[int | None] = []
    for i, d in enumerate(dims):
        explicit = i in chosen
        if d is None:
            if explicit:
                continue
            if not wanted:
                return [(dtype, TensorShape(None))]
        elif d == 1:
            if explicit or not wanted:
                continue
        elif explicit:
            raise shape_error(
                f"Can not squeeze dim[{i}], expected a dimension of 1, got {d}",
                node,
                "Squeeze",
                attrs,
                inputs,
            )
        out.append(d)
    return [(dtype, _shape(out))]


register_shape("Squeeze", lambda node, inputs, attrs: [s for _, s in _squeeze_infer(node, inputs,
                                                                                     list(attrs["squeeze_dims"]))])


@tf_export("size")
def size(state: TFState, input: Any, name: Any = None, out_type: Any = dtypes.int32) -> Tensor:  # noqa: A002
    out = dtypes.as_dtype(out_type).base_dtype
    with _scope(state, name, "Size", [input]) as scope:
        source = convert_to_tensor(state, input)
        known = source._shape
        if known.is_fully_defined():
            return constant(state, known.num_elements(), dtype=out, name=scope)
        if known.dims_ is not None and 0 in known.dims_:
            return constant(state, 0, dtype=out, name=scope)
        return _t(apply_op(state, "Size", scope, input=source, out_type=out))


@tf_export("rank")
def rank(state: TFState, input: Any, name: Any = None) -> Tensor:  # noqa: A002 - TF's name
    with _scope(state, name, "Rank", [input]) as scope:
        source = convert_to_tensor(state, input)
        if source._shape.ndims is not None:
            return constant(state, source._shape.ndims, dtype=dtypes.int32, name=scope)
        return _t(apply_op(state, "Rank", scope, input=source))


def _scalar(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [TensorShape.known(())]


register_shape("Size", _scalar)


register_shape("Rank", _scalar)
