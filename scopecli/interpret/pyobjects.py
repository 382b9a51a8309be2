"""Plain Python values as scenario code sees them: the attribute allowlists.

Scenario code holds real `str`, `list`, `dict`, ... objects, because reimplementing them would be
slow and subtly different. What it can *do* with them is limited here (and by guard.Guard):

* `get_attribute` answers `value.name` from fixed tables keyed by exact type. The user's name is
  only ever a dict key, never passed to `getattr`, so `().__class__` style walks cannot start.
"""

from __future__ import annotations

import collections
import sys
from collections.abc import Callable

from scopecli.errors import EXCEPTION_PARENTS, InputError, ScenarioError
from scopecli.interpret import cost
from scopecli.interpret.classes import ScenarioInstance
from scopecli.interpret.guard import ALLOCATION_SHIFT, Guard, typename
from scopecli.model import NAMED_TUPLES, Exposed

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def py_error(error: BaseException) -> ScenarioError:
    """The ScenarioError standing for a Python exception raised by an operation on plain values."""
    name = "Exception"
    for klass in type(error).__mro__:
        if klass.__name__ in EXCEPTION_PARENTS:
            name = klass.__name__
            break
    return ScenarioError(name, str(error), args=tuple(_plain_data(a) for a in error.args))


_PLAIN_SCALARS = frozenset({str, int, float, bool, bytes, type(None), complex})


def _plain_data(value: Any, depth: int = 0) -> Any:
    """An exception argument as scenario code may hold it: plain data, or its text. numpy's
    errors carry the ufunc and dtype objects that failed (issue 13): those become strings."""
    kind = type(value)
    if kind in _PLAIN_SCALARS:
        return value
    if (kind is tuple or kind is list) and depth < 4:
        return kind(_plain_data(v, depth + 1) for v in value)
    if isinstance(value, Exposed) or isinstance(value, ScenarioInstance):
        return value  # the scenario's own values (a KeyError's key)
    return str(value)


# Python exceptions that operations on plain values raise and scenario code may catch.
PY_ERRORS = (ArithmeticError, TypeError, ValueError, LookupError)


class PyMethod:
    """`value.method` for a plain value: calling it runs the allowlisted implementation."""

    __slots__ = ("owner", "name", "function", "guard")
    SCENARIO_TYPE_NAME = "builtin_function_or_method"

    def __init__(self, owner: Any, name: str, function: Callable[..., Any], guard: Guard | None):
        self.owner = owner
        self.name = name
        self.function = function
        self.guard = guard  # None: the function needs no guard (cannot grow anything)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.guard is None:
            return self.function(self.owner, *args, **kwargs)
        return self.function(self.guard, self.owner, *args, **kwargs)

    def __repr__(self) -> str:
        return f"<built-in method {self.name} of {typename(self.owner)} object at {id(self.owner):#x}>"


# ---- guarded implementations (first argument: the Guard) -------------------------------------


def _join(g: Guard, sep: str, iterable: Any) -> str:
    items = g.consume(iterable)
    size = len(sep) * max(len(items) - 1, 0)
    for i, item in enumerate(items):
        if type(item) is not str:
            raise TypeError(
                f"sequence item {i}: expected str instance, {typename(item)} found"
            )
        size += len(item)
    g.check_len(size)
    return sep.join(items)


def _replace(g: Guard, s: str, old: str, new: str, count: int = -1) -> str:
    if type(old) is str and type(new) is str and len(new) > len(old):
        hits = len(s) + 1 if old == "" else s.count(old)
        if count >= 0:
            hits = min(hits, count)
        g.check_len(len(s) + hits * (len(new) - len(old)))
    return s.replace(old, new, count)


def _padder(method: Callable[..., str]) -> Callable[..., str]:
    def pad(g: Guard, s: str, width: int, *rest: Any) -> str:
        if isinstance(width, int):
            g.check_len(width)
        return method(s, width, *rest)

    return pad


def _expandtabs(g: Guard, s: str, tabsize: int = 8) -> str:
    if isinstance(tabsize, int):
        g.check_len(len(s) + s.count("\t") * max(tabsize, 0))
    return s.expandtabs(tabsize)


def _format(g: Guard, s: str, *args: Any, **kwargs: Any) -> str:
    return g.formatter.format_string(s, args, kwargs)


def _format_map(g: Guard, s: str, mapping: Any) -> str:
    return g.formatter.format_string(s, (), mapping)


def _extend(g: Guard, lst: list, iterable: Any) -> None:
    items = g.consume(iterable)
    g.check_len(len(lst) + len(items))
    lst.extend(items)


def _update_dict(g: Guard, d: dict, other: Any = (), **kwargs: Any) -> None:
    if not isinstance(other, dict):
        other = g.consume(other)
    d.update(other, **kwargs)


def _consuming(method: Callable[..., Any]) -> Callable[..., Any]:
    """A set method whose arguments are iterables: consume them with fuel first."""

    def call(g: Guard, s: Any, *others: Any) -> Any:
        return method(s, *[g.consume(o) for o in others])

    return call


def _sort(g: Guard, lst: list, *, key: Any = None, reverse: bool = False) -> None:
    g.tick(len(lst))
    cost.charge_sort(g, lst)
    lst.sort(key=key, reverse=reverse)


# ---- the allowlists ---------------------------------------------------------------------------
# PLAIN: called as function(owner, *args); cannot allocate more than their input.
# GUARDED: called as function(guard, owner, *args). ATTRIBUTES: computed on access as function(owner).

_STR_PLAIN = {
    name: getattr(str, name)
    for name in (
        "capitalize casefold count endswith find index isalnum isalpha isascii isdecimal isdigit"
        " isidentifier islower isnumeric isspace istitle isupper lower lstrip partition"
        " removeprefix removesuffix rfind rindex rpartition rsplit rstrip split splitlines"
        " startswith strip swapcase title upper"
    ).split()
}
_LIST_PLAIN = {
    name: getattr(list, name)
    for name in "append clear copy insert pop remove reverse".split()
}
_DICT_PLAIN = {
    name: getattr(dict, name)
    for name in "clear copy get items keys values pop popitem setdefault".split()
}
_SET_PLAIN = {
    name: getattr(set, name)
    for name in "add clear copy discard pop remove".split()
}

PLAIN: dict[type, dict[str, Callable[..., Any]]] = {
    str: _STR_PLAIN,
    list: _LIST_PLAIN,
    dict: _DICT_PLAIN,
    collections.OrderedDict: _DICT_PLAIN,
    collections.defaultdict: _DICT_PLAIN,
    collections.Counter: {**_DICT_PLAIN, "most_common": collections.Counter.most_common},
    set: _SET_PLAIN,
    frozenset: {"copy": frozenset.copy},
    int: {"bit_length": int.bit_length},
    bool: {"bit_length": int.bit_length},
    float: {"is_integer": float.is_integer},
}

GUARDED: dict[type, dict[str, Callable[..., Any]]] = {
    str: {
        "join": _join,
        "replace": _replace,
        "center": _padder(str.center),
        "ljust": _padder(str.ljust),
        "rjust": _padder(str.rjust),
        "zfill": _padder(str.zfill),
        "expandtabs": _expandtabs,
        "format": _format,
        "format_map": _format_map,
    },
    list: {"extend": _extend, "sort": _sort, "count": cost.count, "index": cost.index},
    tuple: {"count": cost.count, "index": cost.index},
    dict: {"update": _update_dict},
    collections.OrderedDict: {"update": _update_dict},
    collections.defaultdict: {"update": _update_dict},
    set: {
        name: _consuming(getattr(set, name))
        for name in (
            "update union intersection difference symmetric_difference isdisjoint issubset"
            " issuperset intersection_update difference_update symmetric_difference_update"
        ).split()
    },
    frozenset: {
        name: _consuming(getattr(frozenset, name))
        for name in (
            "union intersection difference symmetric_difference isdisjoint issubset issuperset"
        ).split()
    },
}

ATTRIBUTES: dict[type, dict[str, Callable[[Any], Any]]] = {
    ScenarioError: {"args": lambda e: e.exc_args, "message": lambda e: e.message},
    int: {"real": lambda i: i, "imag": lambda i: 0},
    float: {"real": lambda f: f, "imag": lambda f: 0.0},
}

# numpy's types join the tables when a numpy value first shows up (`_numpy_tables`): numpy is
# imported only when a scenario computes a value.
_ARRAY_PLAIN = ("tolist", "item", "sum", "mean", "max", "min", "reshape", "flatten", "transpose",
                "ravel", "squeeze", "copy", "argmax", "argmin", "std", "var", "prod", "any", "all",
                "cumsum", "round", "clip", "fill", "argsort", "swapaxes")


def _astype(g: Guard, array: Any, dtype: Any, *args: Any, **kwargs: Any) -> Any:
    """`a.astype(np.float32)`: the facade's scalar type unwrapped; never an object array."""
    import numpy as np

    dtype = getattr(dtype, "dtype", dtype) if type(dtype).__name__ == "ScalarType" else dtype
    if type(dtype).__name__ == "PyBuiltin" and getattr(dtype, "pytype", None) in (int, float, bool, complex):
        dtype = dtype.pytype  # `a.astype(int)`: the built-in type, as numpy reads it
    if np.dtype(dtype).kind == "O":
        raise InputError("arrays of Python objects are not supported by scopecli")
    g.tick(array.size >> ALLOCATION_SHIFT)
    return array.astype(dtype, *args, **kwargs)


def _dot(g: Guard, array: Any, other: Any) -> Any:
    """`a.dot(b)` (a graph script's numpy preprocessing): paid for by its multiply-adds, its
    result bounded by the element limit before numpy computes it."""
    import math

    import numpy as np

    from scopecli.errors import LimitError

    if not isinstance(other, (np.ndarray, np.generic, int, float)):
        raise InputError("ndarray.dot takes an array or a number in scopecli")
    a, b = np.shape(array), np.shape(other)
    rows = math.prod(a[:-1]) if len(a) > 1 else 1
    cols = math.prod(b[:-2] + b[-1:]) if len(b) > 1 else 1
    if rows * cols > g.limits.elements:
        raise LimitError(f"ndarray.dot would make {rows * cols} elements",
                         hint=f"raise it with --max-elements (now {g.limits.elements})")
    g.charge(rows * cols * max(a[-1] if a else 1, 1))
    return array.dot(other)


_ARRAY_ATTRIBUTES = {
    "shape": lambda a: a.shape,
    "dtype": lambda a: a.dtype,
    "ndim": lambda a: a.ndim,
    "size": lambda a: a.size,
    "T": lambda a: a.T,
}
# A numpy scalar (what sess.run returns for a scalar fetch) has the array methods; on one
# element each is O(1), so none needs the array cost guard.
_NUMPY_SCALAR_PLAIN = ("item", "tolist", "round", "sum", "mean", "max", "min", "any", "all", "squeeze",
                       "copy", "argmax", "argmin", "ravel", "flatten", "clip")
_NUMPY_SCALAR_ATTRIBUTES = {
    "dtype": lambda a: a.dtype,
    "shape": lambda a: a.shape,
    "ndim": lambda a: a.ndim,
    "size": lambda a: a.size,
}
_DTYPE_ATTRIBUTES = {"name": lambda d: d.name}

# Names that exist on the real type but are not allowlisted: refused as unsupported (exit 2)
# rather than reported as a missing attribute, so `'{}'.encode` says what is going on.
_REAL_NAMES: dict[type, frozenset[str]] = {
    t: frozenset(dir(t)) for t in (str, list, dict, set, frozenset, tuple, int, bool, float)}


def _named_tuple_attribute(guard: Guard, obj: Any, name: str) -> Any:
    fields = NAMED_TUPLES[type(obj)]
    if name in fields:
        return obj[fields.index(name)]
    if name == "_fields":
        return fields
    if name == "_asdict":
        return PyMethod(obj, name, lambda o: dict(zip(fields, o, strict=True)), None)
    if name == "_replace":
        def replace(o: Any, **changes: Any) -> Any:
            unknown = [k for k in changes if k not in fields]
            if unknown:
                raise ValueError(f"Got unexpected field names: {unknown!r}")
            return type(o)(*[changes.get(f, v) for f, v in zip(fields, o, strict=True)])

        return PyMethod(obj, name, replace, None)
    if name in ("count", "index"):
        return PyMethod(obj, name, getattr(tuple, name), None)
    raise ScenarioError("AttributeError", f"'{type(obj).__name__}' object has no attribute '{name}'")


def get_attribute(guard: Guard, obj: Any, name: str) -> Any:
    """`obj.name` for a plain (non-scopecli) value, from the tables above only."""
    t = type(obj)
    if t in NAMED_TUPLES:
        return _named_tuple_attribute(guard, obj, name)
    table = _LOOKUP.get(t)
    if table is None and _numpy_tables():
        table = _LOOKUP.get(t)
    if table is None:
        np = sys.modules.get("numpy")
        if np is None:
            table = _EMPTY
        elif isinstance(obj, np.generic):
            table, t = _LOOKUP[np.generic], np.generic
        elif isinstance(obj, np.dtype):
            table = _LOOKUP[np.dtype]
        elif isinstance(obj, np.ndarray):  # np.matrix: an ndarray's members
            table, t = _LOOKUP[np.ndarray], np.ndarray
        else:
            table = _EMPTY
    entry = table.get(name)
    if entry is not None:
        kind, function = entry
        if kind == _PLAIN:
            return PyMethod(obj, name, function, None)
        if kind == _GUARDED:
            return PyMethod(obj, name, function, guard)
        return function(obj)
    shown = typename(obj)
    if name in _REAL_NAMES.get(t, ()):
        raise InputError(f"`{shown}.{name}` is not supported by scopecli")
    if t not in _DATA_TYPES:
        from scopecli.interpret.functions import UserFunction

        if t is UserFunction:  # the attributes scenario code gave it, else Python's AttributeError
            if obj.attributes is not None and name in obj.attributes:
                return obj.attributes[name]
            raise ScenarioError("AttributeError", f"'function' object has no attribute '{name}'")
        # Functions, methods, iterators ...: scopecli exposes nothing of them.
        raise InputError(f"'{shown}' object has no attribute '{name}' (not supported by scopecli)")
    raise ScenarioError("AttributeError", f"'{shown}' object has no attribute '{name}'")


_PLAIN, _GUARDED, _ATTRIBUTE = 0, 1, 2
# One lookup per access: {type: {name: (kind, function)}}.
_LOOKUP: dict[type, dict[str, tuple[int, Callable[..., Any]]]] = {}


def _build_lookup() -> None:
    for kind, tables in ((_ATTRIBUTE, ATTRIBUTES), (_GUARDED, GUARDED), (_PLAIN, PLAIN)):
        for type_, members in tables.items():
            for name, function in members.items():
                _LOOKUP.setdefault(type_, {})[name] = (kind, function)


_build_lookup()
_EMPTY: dict[str, Any] = {}
_DATA_TYPES = frozenset({*PLAIN, *GUARDED, *ATTRIBUTES, type(None), range})
_numpy_added = False


def _numpy_tables() -> bool:
    """Add numpy's types to the tables once numpy is imported; True when this call added them."""
    global _numpy_added, _DATA_TYPES
    np = sys.modules.get("numpy")
    if _numpy_added or np is None:
        return False
    _numpy_added = True
    GUARDED[np.ndarray] = {name: cost.array_method(getattr(np.ndarray, name)) for name in _ARRAY_PLAIN}
    GUARDED[np.ndarray]["astype"] = _astype
    GUARDED[np.ndarray]["dot"] = _dot
    PLAIN[np.generic] = {name: getattr(np.generic, name) for name in _NUMPY_SCALAR_PLAIN}
    GUARDED[np.generic] = {"astype": _astype}
    ATTRIBUTES[np.ndarray] = _ARRAY_ATTRIBUTES
    ATTRIBUTES[np.generic] = _NUMPY_SCALAR_ATTRIBUTES
    ATTRIBUTES[np.dtype] = _DTYPE_ATTRIBUTES
    for t in (np.ndarray, np.generic):
        _REAL_NAMES[t] = frozenset(dir(t))
    _LOOKUP.clear()
    _build_lookup()
    _DATA_TYPES = frozenset({*PLAIN, *GUARDED, *ATTRIBUTES, type(None), range})
    return True
