"""GELU (nn_ops.gelu: TF1's tf.nn and tf.keras.activations have none; a Keras layer's
`activation="gelu"` calls it) and the Erf / Erfc ops (tf.math.erf, tf.math.erfc, tf.erf, tf.erfc)."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

register_shape("Erf", lambda name, inputs, attrs: [inputs[0]._shape])
register_shape("Erfc", lambda name, inputs, attrs: [inputs[0]._shape])


@tf_export("math.erf", "erf")
def erf(state: TFState, x: Any, name: Any = None) -> Tensor:
    """gen_math_ops.erf."""
    return output(apply_op(state, "Erf", name, x=x))


@tf_export("math.erfc", "erfc")
def erfc(state: TFState, x: Any, name: Any = None) -> Tensor:
    """gen_math_ops.erfc."""
    return output(apply_op(state, "Erfc", name, x=x))


def gelu(state: TFState, x: Any, name: Any = None) -> Tensor:
    """nn_ops.gelu(approximate=False), what Keras's "gelu" activation calls: under the scope
    `Gelu`, 0.5 * x * erfc(-x * cast(1 / sqrt 2)) (erfc keeps the precision for large |x|)."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu

    with name_scope(state, name, "Gelu", [x]):
        features = convert_to_tensor(state, x, name="features")
        if not features._dtype.base_dtype.is_floating:
            raise tf_value_error("`features.dtype` must be a floating point tensor.Received:features.dtype="
                                 f"{features._dtype}")
        half = m.operator_reflected(state, "mul", m.mul_dispatch, features, 0.5)
        negated = mu.negative(state, features)
        root_half = m.cast(state, 0.7071067811865476, features._dtype.base_dtype)
        scaled = m.operator_binary(state, "mul", m.mul_dispatch, negated, root_half)
        return m.operator_binary(state, "mul", m.mul_dispatch, half, erfc(state, scaled))
