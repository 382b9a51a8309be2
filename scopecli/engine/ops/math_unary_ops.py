"""math_ops' one-input element-wise functions (negative, square, sqrt, exp, log, tanh,
sigmoid, abs, round, floor, ceil, rsqrt, sign, log1p), each as TF's wrapper names it: some are
the generated op itself (no scope of their own), others open a scope and convert `x` inside it.
"""

from __future__ import annotations

from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops.math_arith_ops import unary
from scopecli.engine.ops_core import convert_to_tensor

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


@tf_export("negative", "math.negative")
def negative(state: TFState, x: Any, name: Any = None) -> Tensor:
    return unary(state, "Neg", "x", x, name)


def _math_unary(op_type: str) -> Any:
    def fn(state: TFState, x: Any, name: Any = None) -> Tensor:
        return unary(state, op_type, "x", x, name)

    fn.__name__ = op_type.lower()
    return fn


square = _math_unary("Square")
tf_export("square", "math.square")(square)


sqrt = _math_unary("Sqrt")
tf_export("sqrt", "math.sqrt")(sqrt)


exp = _math_unary("Exp")
tf_export("exp", "math.exp")(exp)


log = _math_unary("Log")
tf_export("log", "math.log")(log)


def _scoped_unary(op_type: str) -> Any:
    """tanh / sigmoid / abs: a wrapper scope, then x converted inside it."""

    def fn(state: TFState, x: Any, name: Any = None) -> Tensor:
        with _scope(state, name, op_type, [x]) as scope:
            x = convert_to_tensor(state, x, name="x")
            return unary(state, op_type, "x", x, scope)

    fn.__name__ = op_type.lower()
    return fn


@tf_export("round", "math.round")
def round_(state: TFState, x: Any, name: Any = None) -> Tensor:
    """math_ops.round: integers come back unchanged (no op); floats round half to even."""
    x = convert_to_tensor(state, x, name="x")
    if x._dtype.base_dtype.is_integer:
        return x
    return unary(state, "Round", "x", x, name)


tanh = _math_unary("Tanh")  # gen_math_ops.tanh itself: no wrapper scope (name="" stays in the scope)
tf_export("tanh", "math.tanh", "nn.tanh")(tanh)


sigmoid = _scoped_unary("Sigmoid")
tf_export("sigmoid", "math.sigmoid", "nn.sigmoid")(sigmoid)


abs_ = _scoped_unary("Abs")
tf_export("abs", "math.abs")(abs_)


def _unary(op_type: str) -> Any:
    def fn(state: TFState, x: Any, name: Any = None) -> Tensor:
        return m.unary(state, op_type, "x", x, name)

    fn.__name__ = op_type.lower()
    return fn


floor = _unary("Floor")
tf_export("floor", "math.floor")(floor)


ceil = _unary("Ceil")
tf_export("ceil", "math.ceil")(ceil)


rsqrt = _unary("Rsqrt")
tf_export("rsqrt", "math.rsqrt")(rsqrt)


_sign = _unary("Sign")


@tf_export("sign", "math.sign")
def sign(state: TFState, x: Any, name: Any = None) -> Tensor:
    """math_ops.sign converts `x` before the op, so a Python value is a plain "Const"."""
    return _sign(state, convert_to_tensor(state, x), name)


log1p = _unary("Log1p")
tf_export("log1p", "math.log1p")(log1p)
