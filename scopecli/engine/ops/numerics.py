"""tf.debugging.check_numerics and tf.verify_tensor_all_finite (numerics.py, graph mode): the
CheckNumerics op, which passes its input through and fails the run on a NaN or Inf, and the
v1 wrapper that returns the input through an Identity run after that check."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient, register_shape
from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

register_shape("CheckNumerics", lambda name, inputs, attrs: [inputs[0]._shape])  # UnchangedShape


@gradient("CheckNumerics")
def _check_numerics_grad(state: TFState, op: Operation, grad: Tensor) -> Tensor:
    """array_grad._CheckNumericsGrad: the gradient checked too, its message prefixed."""
    message = op.attrs["message"]
    if isinstance(message, bytes):
        message = message.decode()
    return check_numerics(
        state, grad, f"Not a number (NaN) or infinity (Inf) values detected in gradient. {message}")


@tf_export("debugging.check_numerics", "check_numerics")
def check_numerics(state: TFState, tensor: Any, message: Any, name: Any = None) -> Tensor:
    """gen_array_ops.check_numerics."""
    from scopecli.engine.framework.op_def_library import apply_op

    return apply_op(state, "CheckNumerics", name, tensor=tensor, message=message)._outputs[0]


@tf_export("debugging.assert_all_finite", "verify_tensor_all_finite")
def verify_tensor_all_finite(state: TFState, t: Any = None, msg: Any = None, name: Any = None,
                             x: Any = None, message: Any = None) -> Tensor:
    """numerics.verify_tensor_all_finite (v1): `t`/`x` and `msg`/`message` are the same
    arguments (deprecated_argument_lookup), then verify_tensor_all_finite_v2."""
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.ops.cond_context import with_dependencies
    from scopecli.engine.ops_core import convert_to_tensor
    from scopecli.errors import tf_value_error

    if t is not None and x is not None:
        raise tf_value_error("Cannot specify both 't' and 'x'.")
    if msg is not None and message is not None:
        raise tf_value_error("Cannot specify both 'msg' and 'message'.")
    x = t if x is None else x
    message = msg if message is None else message
    with name_scope(state, name, "VerifyFinite", [x]):
        x = convert_to_tensor(state, x, name="x")
        with state.graph.colocate_with(x):
            verify_input = check_numerics(state, x, message=message)
            return with_dependencies(state, [verify_input], x)
