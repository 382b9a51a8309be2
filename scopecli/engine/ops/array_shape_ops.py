"""array_ops' shaping functions: identity, reshape, expand_dims, squeeze, transpose,
shape, size, rank and placeholder, with the shape functions of their op types (TF's C++ ones,
errors included). A function whose result is known while building (the shape of a fully defined
tensor, its size or rank) returns a Const, as TF's wrappers do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine import shape_fns as sf
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.op_def_library import apply_op as new_apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape, as_shape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.math_arith_ops import _t, unary
from scopecli.engine.ops.tensor_util import constant_ints
from scopecli.engine.ops_core import constant, convert_to_tensor

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState


@tf_export("identity")
def identity(state: TFState, input: Any, name: Any = None) -> Tensor:  # noqa: A002 - TF's name
    return unary(state, "Identity", "input", input, name)


def _static_ints(value: Any) -> list[int] | None:
    """The integer list a shape argument holds, when it is known without running the graph."""
    if isinstance(value, (list, tuple)) and all(isinstance(v, int) and not isinstance(v, bool)
                                                 for v in value):
        return [int(v) for v in value]
    if isinstance(value, TensorShape) and value.is_fully_defined():
        return [int(d) for d in value.dims_ or ()]
    if isinstance(value, Tensor) and value._op._type == "Const":
        array = value._op.attrs["value"]
        if array.ndim == 1 and array.dtype.kind in "iu":
            return [int(v) for v in array]
    return None


@tf_export("reshape")
def reshape(state: TFState, tensor: Any, shape: Any, name: Any = None) -> Tensor:
    target = _static_ints(shape)
    if isinstance(shape, TensorShape):
        shape = target
    return _t(new_apply_op(state, "Reshape", name, tensor=tensor, shape=shape))


def _reshape_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """ReshapeShapeFn: the target's value when it is a constant, else what is known of it."""
    return [shape for _, shape in sf.reshape(constant_ints(inputs[1]))(node, inputs)]


register_shape("Reshape", _reshape_shape)


@tf_export("placeholder")
def placeholder(state: TFState, dtype: Any, shape: Any = None, name: Any = None) -> Tensor:
    dt = dtypes.as_dtype(dtype)
    static = as_shape(shape) if shape is not None else TensorShape(None)
    return _t(new_apply_op(state, "Placeholder", name, dtype=dt.base_dtype, shape=static))


@tf_export("shape")
def shape(state: TFState, input: Any, name: Any = None, out_type: Any = dtypes.int32) -> Tensor:  # noqa: A002
    out = dtypes.as_dtype(out_type)
    with _scope(state, name, "Shape", [input]) as scope:
        tensor = convert_to_tensor(state, input)
        if tensor._shape.is_fully_defined():
            import numpy as np

            return constant(state, np.array(tensor._shape.dims_, dtype=out.numpy_type), name=scope)
        return _t(new_apply_op(state, "Shape", scope, input=tensor, out_type=out))
