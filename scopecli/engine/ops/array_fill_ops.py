"""array_ops' tensors of one repeated value: zeros, ones, fill, zeros_like, ones_like (a
Const while small or fully known, else Fill/ZerosLike, as TF decides), with Fill's shape function.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.op_def_library import apply_op as new_apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.array_shape_ops import _static_ints
from scopecli.engine.ops.math_arith_ops import _t
from scopecli.engine.ops.tensor_util import constant_value_as_shape
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import InputError, ScenarioError, tf_value_error

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState


def _filled(state: TFState, kind: str, shape: Any, dtype: Any, name: Any) -> Tensor:
    """array_ops.zeros / ones: a Const while small (< 1000 elements), else Fill."""
    dt = dtypes.as_dtype(dtype).base_dtype
    value: Any = (False if kind == "zeros" else True) if dt.kind == "bool" else (
        "" if dt.kind == "string" else (0 if kind == "zeros" else 1))
    with _scope(state, name, kind, [shape]) as scope:
        if not isinstance(shape, Tensor):
            dims = _static_ints(shape) if not isinstance(shape, int) else [shape]
            if dims is None:
                raise InputError(f"tf.{kind} with a shape that is not a list of ints is not supported yet")
            for d in dims:
                if d < 0:
                    raise tf_value_error(f"Dimension {d} must be >= 0")
            if math.prod(dims) < 1000:
                try:
                    return constant(state, value, dtype=dt, shape=dims, name=scope)
                except ScenarioError as error:
                    # name="" opened the root scope, where a Const named "" is invalid: zeros
                    # catches that ValueError and goes on with a Fill (array_ops.zeros).
                    if error.type_name not in ("TypeError", "ValueError"):
                        raise
                    shape = convert_to_tensor(state, shape, dtypes.int32)
            else:
                import numpy as np

                shape = constant(state, np.array(dims, dtype=np.int32), name="shape_as_tensor")
        zero = constant(state, value, dtype=dt)
        return fill(state, shape, zero, name=scope)


@tf_export("zeros")
def zeros(state: TFState, shape: Any, dtype: Any = dtypes.float32, name: Any = None) -> Tensor:
    return _filled(state, "zeros", shape, dtype, name)


@tf_export("ones")
def ones(state: TFState, shape: Any, dtype: Any = dtypes.float32, name: Any = None) -> Tensor:
    return _filled(state, "ones", shape, dtype, name)


@tf_export("fill")
def fill(state: TFState, dims: Any, value: Any, name: Any = None) -> Tensor:
    static = _static_ints(dims)
    if static is not None and math.prod(static) > state.runtime.limits.elements:
        from scopecli.errors import LimitError

        raise LimitError(f"a tensor of {math.prod(static)} elements (more than "
                         f"{state.runtime.limits.elements})", hint="raise --max-elements")

    return _t(new_apply_op(state, "Fill", name, dims=dims, value=value))


def _fill_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """FillShapeFn: MakeShapeFromShapeTensor of `dims` (a Shape op gives its input's shape)."""
    return [constant_value_as_shape(inputs[0])]


register_shape("Fill", _fill_shape)
