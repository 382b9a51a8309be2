"""Python operators on tensors and variables (`+ - * / // % ** @`, unary `-`, comparisons).

TF installs these on `Tensor` (override_binary_operator.py); a variable forwards them to its
read tensor. Each builds the same ops, under the same lower-case names (`add`, `sub`, `mul`,
`truediv`, `matmul`, `pow` ...), as real TF.
"""

from __future__ import annotations

import importlib

from scopecli.engine.framework.graph import Tensor, TensorConvertible
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops import math_unary_ops as mu

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# operator name -> (the name scope TF opens, the op function it calls)
_BINARY = {
    "add": ("add", m.add_dispatch),
    "sub": ("sub", m.subtract),
    "mul": ("mul", m.mul_dispatch),
    "truediv": ("truediv", m.truediv),
    "floordiv": ("floordiv", m.floordiv),
    "mod": ("mod", m.floormod),
    "pow": ("pow", m.pow_),
    "matmul": ("matmul", m.matmul_operator),
    "and": ("and", lambda *a, **k: _logical().and_(*a, **k)),
    "or": ("or", lambda *a, **k: _logical().or_(*a, **k)),
    "xor": ("xor", lambda *a, **k: _logical().xor_(*a, **k)),
}
_SYMBOL = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%", "pow": "**",
           "matmul": "@", "and": "&", "or": "|", "xor": "^"}


def _logical() -> Any:
    from scopecli.engine.ops import logical_ops  # imported late: it imports the engine's op modules

    return logical_ops


def _state(value: Any) -> Any:
    tensor = value if isinstance(value, Tensor) else value.to_tensor()
    return tensor._op._graph.state


def _mark(result: Any, symbol: str) -> Any:
    if isinstance(result, Tensor) and not result._op.api:
        result._op.api = symbol
    return result


def _forward(name: str) -> Any:
    scope, func = _BINARY[name]

    def op(self: Any, other: Any) -> Any:
        return _mark(m.operator_binary(_state(self), scope, func, self, other), _SYMBOL[name])

    op.__name__ = f"__{name}__"
    return op


def _reflected(name: str) -> Any:
    scope, func = _BINARY[name]

    def op(self: Any, other: Any) -> Any:
        return _mark(m.operator_reflected(_state(self), scope, func, self, other), _SYMBOL[name])

    op.__name__ = f"__r{name}__"
    return op


def _compare(func: Any, symbol: str) -> Any:
    def op(self: Any, other: Any) -> Any:
        return _mark(func(_state(self), self, other), symbol)

    return op


def _neg(self: Any) -> Any:
    return _mark(mu.negative(_state(self), self), "unary -")


def _abs(self: Any) -> Any:
    return _mark(mu.abs_(_state(self), self), "abs()")


def _invert(self: Any) -> Any:
    """Tensor.__invert__: math_ops.invert_(x) without a scope of its own (a plain LogicalNot)."""
    return _mark(_logical().invert_(_state(self), self), "unary ~")


def install(cls: type) -> None:
    for name in _BINARY:
        setattr(cls, f"__{name}__", _forward(name))
        setattr(cls, f"__r{name}__", _reflected(name))
    cls.__neg__ = _neg  # type: ignore[attr-defined]
    cls.__abs__ = _abs  # type: ignore[attr-defined]
    cls.__invert__ = _invert  # type: ignore[attr-defined]
    cls.__lt__ = _compare(m.less, "<")  # type: ignore[attr-defined]
    cls.__le__ = _compare(m.less_equal, "<=")  # type: ignore[attr-defined]
    cls.__gt__ = _compare(m.greater, ">")  # type: ignore[attr-defined]
    cls.__ge__ = _compare(m.greater_equal, ">=")  # type: ignore[attr-defined]


def _getitem(self: Any, key: Any) -> Any:
    """`x[...]` (tensor_getitem_override's _slice_helper, as TF installs it on Tensor and Variable):
    that module is imported on the first subscript, and its function replaces this one."""
    getitem = importlib.import_module("scopecli.engine.ops.tensor_getitem_override").getitem
    Tensor.__getitem__ = getitem  # type: ignore[attr-defined]
    TensorConvertible.__getitem__ = getitem  # type: ignore[attr-defined]
    return getitem(self, key)


install(Tensor)
install(TensorConvertible)
Tensor.__getitem__ = _getitem  # type: ignore[attr-defined]
TensorConvertible.__getitem__ = _getitem  # type: ignore[attr-defined]
