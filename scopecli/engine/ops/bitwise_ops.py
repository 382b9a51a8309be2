"""tf.bitwise (bitwise_ops.py over gen_bitwise_ops): BitwiseAnd/Or/Xor, Invert, LeftShift and
RightShift, each one op named after its type; the binary ones broadcast (BroadcastBinaryOpShapeFn)
and Invert keeps its input's shape."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _binary(state: TFState, op_type: str, x: Any, y: Any, name: Any) -> Tensor:
    return output(apply_op(state, op_type, name, x=x, y=y))


@tf_export("bitwise.bitwise_and")
def bitwise_and(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return _binary(state, "BitwiseAnd", x, y, name)


@tf_export("bitwise.bitwise_or")
def bitwise_or(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return _binary(state, "BitwiseOr", x, y, name)


@tf_export("bitwise.bitwise_xor")
def bitwise_xor(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return _binary(state, "BitwiseXor", x, y, name)


@tf_export("bitwise.left_shift")
def left_shift(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return _binary(state, "LeftShift", x, y, name)


@tf_export("bitwise.right_shift")
def right_shift(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return _binary(state, "RightShift", x, y, name)


@tf_export("bitwise.invert")
def invert(state: TFState, x: Any, name: Any = None) -> Tensor:
    return output(apply_op(state, "Invert", name, x=x))


def _broadcast(op_type: str) -> Any:
    def shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[Any]:
        from scopecli.engine.ops.math_ops import _broadcasting

        return _broadcasting(op_type)(node, inputs, attrs)

    return shape


register_shape("BitwiseAnd", _broadcast("BitwiseAnd"))
register_shape("BitwiseOr", _broadcast("BitwiseOr"))
register_shape("BitwiseXor", _broadcast("BitwiseXor"))
register_shape("LeftShift", _broadcast("LeftShift"))
register_shape("RightShift", _broadcast("RightShift"))
register_shape("Invert", lambda node, inputs, attrs: [inputs[0]._shape])
