"""The v1 binary asserts of check_ops.py (graph mode): assert_equal, assert_none_equal,
assert_less, assert_less_equal, assert_greater, assert_greater_equal. Each is
reduce_all(x <op> y) fed to tf.Assert with TF's default message; when both sides are constants
the check runs while building (InvalidArgumentError, as _assert_static raises it)."""

from __future__ import annotations

from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import ScenarioError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation
    from scopecli.engine.framework.state import TFState


def _static_text(value: Any) -> str:
    """_maybe_constant_value_string: a constant tensor as its numpy value's str()."""
    from scopecli.engine.op_def import const_value

    if not isinstance(value, Tensor):
        return str(value)
    found = const_value(value)
    return str(value) if found is None else str(found)


def _binary_assert(state: TFState, sym: str, opname: str, op_func: Any, static_func: str, x: Any, y: Any,
                   data: Any, summarize: Any, message: Any, name: Any) -> Operation:
    """check_ops._binary_assert (graph mode)."""
    import numpy as np

    from scopecli.engine.op_def import const_value
    from scopecli.engine.ops.control_flow_assert import Assert
    from scopecli.engine.ops.reduction_ops import reduce_all
    from scopecli.engine.ops_core import convert_to_tensor

    with name_scope(state, name, opname, [x, y, data]):
        x = convert_to_tensor(state, x, name="x")
        y = convert_to_tensor(state, y, name="y")
        if data is None:
            data = [f"Condition x {sym} y did not hold element-wise:", f"x ({x.name}) = ", x,
                    f"y ({y.name}) = ", y]
        if message is not None:
            data = [message, *list(data)]
        condition = reduce_all(state, op_func(state, x, y))
        x_static, y_static = const_value(x), const_value(y)
        if x_static is not None and y_static is not None:
            if not np.all(getattr(np, static_func)(x_static, y_static)):
                raise ScenarioError("InvalidArgumentError", "\n".join(_static_text(d) for d in data))
        return Assert(state, condition, data, summarize=summarize)


@tf_export("debugging.assert_equal", "assert_equal")
def assert_equal(state: TFState, x: Any, y: Any, data: Any = None, summarize: Any = None, message: Any = None,
                 name: Any = None) -> Operation:
    """check_ops.assert_equal (v1): its own `assert_equal` scope first (empty unless x is y)."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.control_flow_ops import _no_op

    with name_scope(state, name, "assert_equal", [x, y, data]):
        if x is y:  # short-circuit: the same tensor
            return _no_op(state, None)
    return _binary_assert(state, "==", "assert_equal", m.equal, "equal", x, y, data, summarize, message,
                          name)


@tf_export("debugging.assert_none_equal", "assert_none_equal")
def assert_none_equal(state: TFState, x: Any, y: Any, data: Any = None, summarize: Any = None,
                      message: Any = None, name: Any = None) -> Operation:
    from scopecli.engine.ops import math_arith_ops as m

    return _binary_assert(state, "!=", "assert_none_equal", m.not_equal, "not_equal", x, y, data, summarize,
                          message, name)


@tf_export("debugging.assert_less", "assert_less")
def assert_less(state: TFState, x: Any, y: Any, data: Any = None, summarize: Any = None, message: Any = None,
                name: Any = None) -> Operation:
    from scopecli.engine.ops import math_arith_ops as m

    return _binary_assert(state, "<", "assert_less", m.less, "less", x, y, data, summarize, message, name)


@tf_export("debugging.assert_less_equal", "assert_less_equal")
def assert_less_equal(state: TFState, x: Any, y: Any, data: Any = None, summarize: Any = None,
                      message: Any = None, name: Any = None) -> Operation:
    from scopecli.engine.ops import math_arith_ops as m

    return _binary_assert(state, "<=", "assert_less_equal", m.less_equal, "less_equal", x, y, data,
                          summarize, message, name)


@tf_export("debugging.assert_greater", "assert_greater")
def assert_greater(state: TFState, x: Any, y: Any, data: Any = None, summarize: Any = None,
                   message: Any = None, name: Any = None) -> Operation:
    from scopecli.engine.ops import math_arith_ops as m

    return _binary_assert(state, ">", "assert_greater", m.greater, "greater", x, y, data, summarize, message,
                          name)


@tf_export("debugging.assert_greater_equal", "assert_greater_equal")
def assert_greater_equal(state: TFState, x: Any, y: Any, data: Any = None, summarize: Any = None,
                         message: Any = None, name: Any = None) -> Operation:
    from scopecli.engine.ops import math_arith_ops as m

    return _binary_assert(state, ">=", "assert_greater_equal", m.greater_equal, "greater_equal", x, y, data,
                          summarize, message, name)


@tf_export("debugging.assert_non_negative", "assert_non_negative")
def assert_non_negative(state: TFState, x: Any, data: Any = None, summarize: Any = None, message: Any = None,
                        name: Any = None) -> Operation:
    """check_ops.assert_non_negative: assert_less_equal(0, x) under its own scope, the message
    prefixed as _message_prefix does ('msg.  ')."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops_core import convert_to_tensor

    prefix = f"{message}.  " if message else ""
    with name_scope(state, name, "assert_non_negative", [x, data]):
        x = convert_to_tensor(state, x, name="x")
        if data is None:
            data = [prefix, "Condition x >= 0 did not hold element-wise:", f"x ({x.name}) = ", x]
        zero = convert_to_tensor(state, 0, dtype=x._dtype)
        return _binary_assert(state, "<=", "assert_less_equal", m.less_equal, "less_equal", zero, x, data,
                              summarize, None, None)


def _unary_assert(state: TFState, x: Any, data: Any, summarize: Any, message: Any, name: Any, default: str,
                  condition: str, check: Any) -> Operation:
    """check_ops.assert_positive / negative / non_positive: `check(x, zero, data, summarize)`
    under their own scope, TF's data (assert_non_positive's lacks a comma, as TF's does)."""
    from scopecli.engine.ops_core import convert_to_tensor

    prefix = f"{message}.  " if message else ""
    with name_scope(state, name, default, [x, data]):
        x = convert_to_tensor(state, x, name="x")
        if data is None:
            data = [prefix, f"Condition x {condition} 0 did not hold element-wise:", f"x ({x.name}) = ", x]
            if condition == "<=":
                data = [prefix, f"Condition x <= 0 did not hold element-wise:x ({x.name}) = ", x]
        zero = convert_to_tensor(state, 0, dtype=x._dtype)
        return check(zero if condition == ">" else x, x if condition == ">" else zero, data, summarize)


@tf_export("debugging.assert_positive", "assert_positive")
def assert_positive(state: TFState, x: Any, data: Any = None, summarize: Any = None, message: Any = None,
                    name: Any = None) -> Operation:
    return _unary_assert(state, x, data, summarize, message, name, "assert_positive", ">",
                         lambda a, b, d, s: assert_less(state, a, b, data=d, summarize=s))


@tf_export("debugging.assert_negative", "assert_negative")
def assert_negative(state: TFState, x: Any, data: Any = None, summarize: Any = None, message: Any = None,
                    name: Any = None) -> Operation:
    return _unary_assert(state, x, data, summarize, message, name, "assert_negative", "<",
                         lambda a, b, d, s: assert_less(state, a, b, data=d, summarize=s))


@tf_export("debugging.assert_non_positive", "assert_non_positive")
def assert_non_positive(state: TFState, x: Any, data: Any = None, summarize: Any = None, message: Any = None,
                        name: Any = None) -> Operation:
    return _unary_assert(state, x, data, summarize, message, name, "assert_non_positive", "<=",
                         lambda a, b, d, s: assert_less_equal(state, a, b, data=d, summarize=s))
