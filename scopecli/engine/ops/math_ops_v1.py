"""TF1 math wrappers built from other ops (math_ops.py, v1 endpoints): tf.scalar_mul and tf.div
(_div_python2). Kept apart from math_ops.py, which reduction and array ops
import, so these may import them."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("math.scalar_mul", "scalar_mul")
def scalar_mul(state: TFState, scalar: Any, x: Any, name: Any = None) -> Any:
    """math_ops.scalar_mul (v1): the scalar converted to x's dtype as `scalar`, then one Mul
    (of an IndexedSlices' values, keeping its indices)."""
    from scopecli.engine.grads.indexed_slices import IndexedSlices
    from scopecli.engine.ops_core import convert_to_tensor
    from scopecli.errors import tf_value_error

    values = x._values if isinstance(x, IndexedSlices) else x
    values = convert_to_tensor(state, values)
    scalar = convert_to_tensor(state, scalar, values._dtype.base_dtype, name="scalar")
    if scalar._shape.ndims != 0:
        raise tf_value_error(f"The input scalar must be a 0-D value. Received shape {scalar._shape}.")
    product = output(apply_op(state, "Mul", name, x=scalar, y=values))
    if isinstance(x, IndexedSlices):
        return IndexedSlices(state, product, x._indices, x._dense_shape)
    return product


@tf_export("div")
def div(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    """math_ops.div (v1) = _div_python2: RealDiv for floats and complex, FloorDiv for integers."""
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.ops_core import convert_to_tensor
    from scopecli.errors import tf_type_error

    with name_scope(state, name, "div", [x, y]) as scope:
        x = convert_to_tensor(state, x, name="x")
        y = convert_to_tensor(state, y, x._dtype.base_dtype, name="y")
        x_dtype, y_dtype = x._dtype.base_dtype, y._dtype.base_dtype
        if x_dtype is not y_dtype:
            raise tf_type_error(f"`x` and `y` must have the same dtype, got {x_dtype!r} != {y_dtype!r}.")
        op_type = "RealDiv" if x_dtype.is_floating or x_dtype.is_complex else "FloorDiv"
        return output(apply_op(state, op_type, scope, x=x, y=y))


def _cast_to(dtype_name: str, default_name: str) -> Any:
    """math_ops.to_<type> (v1, deprecated): cast(x, <type>) under its own default name."""

    def to_type(state: TFState, x: Any, name: Any = default_name) -> Any:
        from scopecli.engine.framework import dtypes
        from scopecli.engine.ops.math_arith_ops import cast

        return cast(state, x, getattr(dtypes, dtype_name), name)

    to_type.__name__ = f"to_{dtype_name}"
    return to_type


to_int64 = tf_export("to_int64")(_cast_to("int64", "ToInt64"))
to_double = tf_export("to_double")(_cast_to("float64", "ToDouble"))
to_bfloat16 = tf_export("to_bfloat16")(_cast_to("bfloat16", "ToBFloat16"))
