"""Python's operators on scenario values, with size estimates checked before computing.

`9**9**9`, `1 << 10**9`, `'a' * 10**10` and repeated `s = s + s` are each refused before
Python allocates anything; operators on scopecli objects (Tensor.__add__ ...) go straight to
their Python protocol methods through the `operator` module.
"""

from __future__ import annotations

import ast
import math
import operator
import sys
from collections.abc import Callable

from scopecli.errors import InputError, LimitError
from scopecli.interpret.formatting import percent
from scopecli.interpret.guard import Guard

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_SEQUENCES = frozenset({str, list, tuple, bytes})


def make_binary(g: Guard) -> dict[type, Callable[[Any, Any], Any]]:
    """{ast operator class: function(left, right)} for one run."""
    max_bits = g.max_bits

    def add(a: Any, b: Any) -> Any:
        ta = type(a)
        if ta in _SEQUENCES and type(b) is ta:
            g.check_len(len(a) + len(b))
        return a + b

    def mul(a: Any, b: Any) -> Any:
        ta, tb = type(a), type(b)
        if ta is int and tb is int:
            if a.bit_length() + b.bit_length() > max_bits:
                g.check_bits(a.bit_length() + b.bit_length())
        elif ta in _SEQUENCES and isinstance(b, int):
            g.check_len(len(a) * b)
        elif tb in _SEQUENCES and isinstance(a, int):
            g.check_len(len(b) * a)
        return a * b

    def pow_(a: Any, b: Any) -> Any:
        if isinstance(a, int) and isinstance(b, int) and b > 0 and (a > 1 or a < -1):
            g.check_bits(abs(a).bit_length() * b)
        return a**b

    def lshift(a: Any, b: Any) -> Any:
        if isinstance(a, int) and isinstance(b, int) and a and b > 0:
            g.check_bits(abs(a).bit_length() + b)
        return a << b

    def mod(a: Any, b: Any) -> Any:
        if type(a) is str:
            return percent(g, a, b)
        if type(a) is bytes:
            raise InputError("%-formatting of bytes is not supported by scopecli")
        return a % b

    return {
        ast.Add: add,
        ast.Sub: operator.sub,
        ast.Mult: mul,
        ast.MatMult: operator.matmul,
        ast.Div: operator.truediv,
        ast.FloorDiv: operator.floordiv,
        ast.Mod: mod,
        ast.Pow: pow_,
        ast.LShift: lshift,
        ast.RShift: operator.rshift,
        ast.BitOr: operator.or_,
        ast.BitXor: operator.xor,
        ast.BitAnd: operator.and_,
    }


_INPLACE = {
    ast.Add: operator.iadd, ast.Sub: operator.isub, ast.Mult: operator.imul,
    ast.BitOr: operator.ior, ast.BitAnd: operator.iand, ast.BitXor: operator.ixor,
    ast.Div: operator.itruediv, ast.FloorDiv: operator.ifloordiv, ast.Mod: operator.imod,
    ast.Pow: operator.ipow, ast.MatMult: operator.imatmul, ast.LShift: operator.ilshift,
    ast.RShift: operator.irshift,
}
_MUTABLE = (set, dict)  # and numpy arrays, checked only once numpy is imported


def make_inplace(g: Guard, binary: dict[type, Callable[[Any, Any], Any]]) -> Callable[..., Any]:
    """`a op= b`: lists, sets, dicts and arrays change in place (aliases see it), as in Python."""

    def inplace(op: type, a: Any, b: Any) -> Any:
        ta = type(a)
        if ta is list:
            if op is ast.Add:
                items = g.consume(b)
                g.check_len(len(a) + len(items))
                a += items
                return a
            if op is ast.Mult and isinstance(b, int):
                g.check_len(len(a) * b)
                a *= b
                return a
        elif isinstance(a, _MUTABLE) or _is_array(a):
            check_range_operand(g, a, b)
            return _INPLACE[op](a, b)
        return binary[op](a, b)

    return inplace


def _is_array(value: Any) -> bool:
    np = sys.modules.get("numpy")  # an array exists only once numpy is imported
    return np is not None and isinstance(value, np.ndarray)


def check_array_operands(g: Guard, a: Any, b: Any) -> None:
    """An operator on numpy arrays: the broadcast result must fit limits.elements, and costs
    fuel by its size, measured before numpy allocates it."""
    import numpy as np  # already imported: one operand is an array

    check_range_operand(g, a, b)
    shapes = [v.shape for v in (a, b) if type(v) is np.ndarray]
    try:
        size = math.prod(np.broadcast_shapes(*shapes))
    except ValueError:
        return  # numpy raises its own error without allocating
    for v in (a, b):
        if type(v) is list or type(v) is tuple:
            # numpy converts the list first: count its leaves without building anything.
            size = max(size, leaf_count(v, g.limits.elements))
    if size > g.limits.elements:
        raise LimitError(f"an operation on arrays would make {size} elements",
                         hint=f"raise it with --max-elements (now {g.limits.elements})")
    g.tick(size >> 4)


def leaf_count(value: Any, cap: int) -> int:
    """Non-list items inside nested lists/tuples, counting shared sublists by multiplicity
    (`[[0] * 10**5] * 10**5` is cheap to build, 10**10 items to convert); stops past `cap`."""
    memo: dict[int, int] = {}

    def count(v: Any, depth: int) -> int:
        if type(v) is not list and type(v) is not tuple:
            return 1
        known = memo.get(id(v))
        if known is not None:
            return known
        if depth > 64:
            return cap + 1  # deeper than numpy or a comparison should ever walk: refused by size
        total = 0
        for item in v:
            total += count(item, depth + 1)
            if total > cap:
                break
        memo[id(v)] = total
        return total

    return count(value, 0)


def check_index(g: Guard, array: Any, key: Any) -> None:
    """`array[key]` with index arrays or lists (fancy indexing): the result can be far bigger
    than the array (`a[[0] * 10**6]` on a wide `a`); bound it before numpy builds it."""
    parts = key if type(key) is tuple else (key,)
    index_elements = 1
    fancy = False
    for part in parts:
        if type(part) is list or type(part) is range or hasattr(part, "__array_interface__"):
            fancy = True
            size = part.size if hasattr(part, "size") else leaf_count(part, g.limits.elements)
            index_elements = max(index_elements, size)
    if not fancy:
        return
    rest = array.size // max(array.shape[0], 1) if array.ndim else 1
    size = index_elements * rest
    if size > g.limits.elements:
        raise LimitError(f"indexing an array would make {size} elements",
                         hint=f"raise it with --max-elements (now {g.limits.elements})")
    g.tick(size >> 4)


def check_range_operand(g: Guard, a: Any, b: Any) -> None:
    """numpy turns a `range` operand into an array: measure it before numpy allocates."""
    for value in (a, b):
        if type(value) is range:
            g.check_len(len(value))


COMPARE: dict[type, Callable[[Any, Any], Any]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Is: operator.is_,
    ast.IsNot: operator.is_not,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
}

UNARY: dict[type, Callable[[Any], Any]] = {
    ast.USub: operator.neg,
    ast.UAdd: operator.pos,
    ast.Invert: operator.invert,
    ast.Not: operator.not_,
}
