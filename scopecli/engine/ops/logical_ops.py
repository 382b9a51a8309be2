"""tf.logical_and / logical_or / logical_not / logical_xor and the `&`, `|`, `^`, `~` operators
on tensors (math_ops.and_ / or_ / xor_ / invert_): on bool tensors they are LogicalAnd /
LogicalOr / logical_xor / LogicalNot named by the operator's scope ("and", "or", "xor",
"invert"); the bitwise ops of integer tensors are refused."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops_core import convert_to_tensor

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("logical_xor", "math.logical_xor")
def logical_xor(state: TFState, x: Any, y: Any, name: Any = "LogicalXor") -> Tensor:
    """math_ops.logical_xor: (x | y) & ~(x & y), the last LogicalAnd named `name`."""
    either = output(apply_op(state, "LogicalOr", None, x=x, y=y))
    both = output(apply_op(state, "LogicalAnd", None, x=x, y=y))
    return output(apply_op(state, "LogicalAnd", name, x=either,
                           y=output(apply_op(state, "LogicalNot", None, x=both))))


def _is_bool(state: TFState, x: Any) -> bool:
    return convert_to_tensor(state, x)._dtype.base_dtype is dtypes.bool_


def _bitwise(state: TFState, op_type: str, x: Any, y: Any) -> Tensor:
    """math_ops.and_/or_/xor_ on integers: gen_bitwise_ops' op, unnamed (in the operator's scope)."""
    return output(apply_op(state, op_type, None, x=x, y=y))


def and_(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    if not _is_bool(state, x):
        return _bitwise(state, "BitwiseAnd", x, y)
    return output(apply_op(state, "LogicalAnd", name, x=x, y=y))


def or_(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    if not _is_bool(state, x):
        return _bitwise(state, "BitwiseOr", x, y)
    return output(apply_op(state, "LogicalOr", name, x=x, y=y))


def xor_(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    if not _is_bool(state, x):
        return _bitwise(state, "BitwiseXor", x, y)
    return logical_xor(state, x, y, name)


def invert_(state: TFState, x: Any, name: Any = None) -> Tensor:
    if not _is_bool(state, x):
        return output(apply_op(state, "Invert", name, x=x))
    return output(apply_op(state, "LogicalNot", name, x=x))


def _logical(op_type: str) -> Any:
    def fn(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
        return m.binary(state, op_type, x, y, name)

    fn.__name__ = op_type.lower()
    return fn


logical_and = _logical("LogicalAnd")
tf_export("logical_and", "math.logical_and")(logical_and)


logical_or = _logical("LogicalOr")
tf_export("logical_or", "math.logical_or")(logical_or)


@tf_export("logical_not", "math.logical_not")
def logical_not(state: TFState, x: Any, name: Any = None) -> Tensor:
    return m.unary(state, "LogicalNot", "x", x, name)
