"""The built-in names of scenario code: a small, guarded subset of Python's.

Each built-in is a `PyBuiltin` (a `model.Builtin`) built per run around the run's `Guard`, so
everything that walks an iterable pays fuel and everything that builds text or sequences is
measured first. Python built-ins that are deliberately absent (`open`, `eval`, `getattr`, ...)
are named in `PYTHON_BUILTIN_NAMES` so the interpreter can say "not available" instead of
"not defined".
"""

from __future__ import annotations

import builtins as _py_builtins
from collections.abc import Callable

from scopecli.errors import EXCEPTION_PARENTS, TF_ERROR_NAMES, ScenarioError
from scopecli.interpret.classes import (
    MISSING,
    ClassMethod,
    Property,
    ScenarioClass,
    ScenarioInstance,
    ScenarioMethod,
    StaticMethod,
)
from scopecli.interpret.cost import charge_hash, charge_sort
from scopecli.interpret.formatting import to_repr, to_text
from scopecli.interpret.guard import Guard, typename
from scopecli.model import Builtin, ClassRef, ExceptionType, Exposed

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

PYTHON_BUILTIN_NAMES = frozenset(dir(_py_builtins))
# The iterators scenario code can hold (all made from lists by the built-ins here).
_ITERATOR_TYPES = frozenset({"list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator",
                             "range_iterator", "dict_keyiterator", "dict_valueiterator",
                             "dict_itemiterator", "set_iterator", "list_reverseiterator"})


def _property(getter: Any, setter: Any = None) -> Property:
    return Property(getter, setter)


class PyBuiltin(Builtin):
    """A Python built-in as scenario code sees it; `pytype` makes `isinstance(x, list)` work."""

    __slots__ = ("pytype",)
    SCENARIO_TYPE_NAME = "builtin_function_or_method"

    def __init__(self, name: str, function: Callable[..., Any], pytype: type | None = None):
        super().__init__(name, function, accepts_callable=True)
        self.pytype = pytype

    def __repr__(self) -> str:
        if self.pytype is not None:
            return f"<class '{self.qualname}'>"
        return f"<built-in function {self.qualname}>"


class TypeView(Exposed):
    """`type(x)` for a value whose type scenario code cannot otherwise name (a tensor, a numpy
    array): only its name, so `type(x).__name__` works and nothing of the class leaks."""

    TYPE_NAME = "type"

    def __init__(self, name: str):
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TypeView) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        return f"<class '{self.name}'>"


def type_name_of(obj: Any) -> str | None:
    """`obj.__name__` for types and functions scenario code can hold, else None."""
    from scopecli.interpret.functions import UserFunction

    kind = type(obj)
    if kind is ScenarioClass or kind is ClassRef or kind is ExceptionType or kind is TypeView:
        return obj.name.rsplit(".", 1)[-1]
    if kind is UserFunction:
        return obj.name
    if kind.__name__ == "ScalarType":  # np.float32.__name__ (numpy's name: bool_ for np.bool)
        return obj.pytype.__name__
    if kind is ScenarioMethod:
        return type_name_of(obj.function)
    if isinstance(obj, Builtin):
        return obj.qualname.rsplit(".", 1)[-1]
    return None


def _instance_check(obj: Any, kind: Any) -> bool:
    if type(kind) is tuple:
        return any(_instance_check(obj, k) for k in kind)
    if type(kind) is ScenarioClass:
        if kind.name == "object" and not kind.bases:
            return True
        return isinstance(obj, ScenarioInstance) and kind in obj.cls.mro
    if type(kind) is TypeView:
        return typename(obj) == kind.name
    if type(kind).__name__ == "ScalarType":  # np.float32 ...: the numpy scalar type
        return isinstance(obj, kind.pytype)
    if isinstance(kind, PyBuiltin) and kind.pytype is not None:
        return isinstance(obj, kind.pytype)
    if isinstance(kind, ExceptionType):
        return isinstance(obj, ScenarioError) and _is_subtype(obj.type_name, kind.name)
    if isinstance(kind, ClassRef):
        if isinstance(obj, ScenarioInstance) and obj.cls.engine_base is not None:  # a Layer subclass
            return issubclass(obj.cls.engine_base.python_class, kind.python_class)
        return isinstance(obj, kind.python_class)
    raise TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")


def _is_subtype(name: str, ancestor: str) -> bool:
    from scopecli.errors import is_subtype

    return is_subtype(name, ancestor)


def make_builtins(guard: Guard, write: Callable[[str], None]) -> dict[str, Any]:
    """The built-in namespace of one run."""
    g = guard

    def print_(*args: Any, sep: Any = " ", end: Any = "\n", file: Any = None, flush: bool = False) -> None:
        if sep is None:
            sep = " "
        if end is None:
            end = "\n"
        if type(sep) is not str:
            raise TypeError(f"sep must be None or a string, not {typename(sep)}")
        if type(end) is not str:
            raise TypeError(f"end must be None or a string, not {typename(end)}")
        if file is not None:
            raise TypeError("print(file=...) is not supported by scopecli")
        parts = [to_text(g, a) for a in args]
        g.check_len(sum(map(len, parts)) + len(sep) * len(parts))
        text = sep.join(parts) + end
        if not text.isascii():
            text.encode("utf-8")  # a lone surrogate fails here, as Python's print does, not at exit
        write(text)

    def str_(obj: Any = "") -> str:
        return to_text(g, obj)

    def repr_(obj: Any) -> str:
        return to_repr(g, obj)

    def list_(iterable: Any = ()) -> list:
        return g.consume(iterable)

    def tuple_(iterable: Any = ()) -> tuple:
        return g.make_tuple(g.consume(iterable))

    def set_(iterable: Any = ()) -> set:
        items = g.consume(iterable)
        charge_hash(g, items)
        return set(items)

    def dict_(*args: Any, **kwargs: Any) -> dict:
        if len(args) > 1:
            raise TypeError(f"dict expected at most 1 argument, got {len(args)}")
        if not args:
            return dict(**kwargs)
        source = args[0]
        if not isinstance(source, dict):
            source = g.consume(source)
        else:
            g.tick(len(source))
        return dict(source, **kwargs)

    def enumerate_(iterable: Any, start: int = 0) -> Any:
        # Eager (with fuel) so a C-level consumer can never run an unbounded lazy iterator.
        return iter([g.make_tuple(pair) for pair in enumerate(g.consume(iterable), start)])

    def zip_(*iterables: Any, strict: bool = False) -> Any:
        lists = [g.consume(it) for it in iterables]
        return iter([g.make_tuple(row) for row in zip(*lists, strict=strict)])

    def reversed_(seq: Any) -> Any:
        return iter(g.consume(seq)[::-1])

    def sorted_(iterable: Any, *, key: Any = None, reverse: bool = False) -> list:
        items = g.consume(iterable)
        charge_sort(g, items)
        items.sort(key=key, reverse=reverse)
        return items

    def _extreme(pick: Callable[..., Any], name: str) -> Callable[..., Any]:
        missing = object()

        def extreme(*args: Any, key: Any = None, default: Any = missing) -> Any:
            if not args:
                raise TypeError(f"{name} expected at least 1 argument, got 0")
            items = g.consume(args[0]) if len(args) == 1 else list(args)
            if not items and default is not missing:
                return default
            return pick(items, key=key)

        return extreme

    def sum_(iterable: Any, start: Any = 0) -> Any:
        items = g.consume(iterable)
        if type(start) in (list, tuple):
            # Concatenation: measure the result first, then build it in one go (linear, not quadratic).
            if all(type(i) is type(start) for i in items):
                g.check_len(len(start) + sum(len(i) for i in items))
                out = list(start)
                for i in items:
                    out.extend(i)
                return out if type(start) is list else tuple(out)
        if type(start) is str:
            raise TypeError("sum() can't sum strings [use ''.join(seq) instead]")
        g.charge(len(items))
        return sum(items, start)

    def any_(iterable: Any) -> bool:
        return any(g.consume(iterable))

    def all_(iterable: Any) -> bool:
        return all(g.consume(iterable))

    def pow_(base: Any, exp: Any, mod: Any = None) -> Any:
        if isinstance(base, int) and isinstance(exp, int):
            if mod is not None and isinstance(mod, int):
                g.check_bits(abs(mod).bit_length())
                # Square-and-multiply: one modular product per bit of the exponent.
                g.charge(abs(exp).bit_length() * (abs(mod).bit_length() // 64 + 1) ** 2)
            elif exp > 0 and abs(base) > 1:
                g.check_bits(abs(base).bit_length() * exp)
        return pow(base, exp, mod)

    def isinstance_(obj: Any, kind: Any) -> bool:
        return _instance_check(obj, kind)

    def issubclass_(cls: Any, kind: Any) -> bool:
        if type(kind) is tuple:
            return any(issubclass_(cls, k) for k in kind)
        if type(cls) is ScenarioClass and type(kind) is ScenarioClass:
            return kind in cls.mro or (kind.name == "object" and not kind.bases)
        if isinstance(cls, PyBuiltin) and isinstance(kind, PyBuiltin) and cls.pytype and kind.pytype:
            return issubclass(cls.pytype, kind.pytype)
        if type(cls) is ExceptionType and type(kind) is ExceptionType:
            return _is_subtype(cls.name, kind.name)
        if type(cls) not in (ScenarioClass, ExceptionType, ClassRef, TypeView, PyBuiltin):
            raise TypeError("issubclass() arg 1 must be a class")
        return cls == kind

    def map_(function: Any, *iterables: Any) -> Any:
        if not iterables:
            raise TypeError("map() must have at least two arguments.")
        lists = [g.consume(it) for it in iterables]
        # Eager (with fuel): a lazy map would run scenario code from inside a C consumer.
        return iter([function(*items) for items in zip(*lists, strict=False)])

    def filter_(function: Any, iterable: Any) -> Any:
        items = g.consume(iterable)
        if function is None:
            return iter([item for item in items if item])
        return iter([item for item in items if function(item)])

    def iter_(iterable: Any) -> Any:
        return iter(g.consume(iterable))

    def next_(iterator: Any, *default: Any) -> Any:
        if type(iterator).__name__ not in _ITERATOR_TYPES:
            raise TypeError(f"'{typename(iterator)}' object is not an iterator")
        try:
            return next(iterator)
        except StopIteration:
            if default:
                return default[0]
            raise ScenarioError("StopIteration", "") from None

    def callable_(obj: Any) -> bool:
        from scopecli.interpret.functions import UserFunction

        if isinstance(obj, (UserFunction, ScenarioMethod, ScenarioClass, Builtin, ExceptionType, ClassRef)):
            return True
        if isinstance(obj, ScenarioInstance):
            return obj.cls.lookup("__call__") is not MISSING
        return isinstance(obj, Exposed) and "__call__" in type(obj).EXPOSED

    def divmod_(a: Any, b: Any) -> Any:
        return divmod(a, b)

    def ord_(c: Any) -> int:
        return ord(c)

    def chr_(i: Any) -> str:
        return chr(i)

    def len_(obj: Any) -> int:
        return len(obj)

    def bool_(obj: Any = False) -> bool:
        return bool(obj)

    def int_(*args: Any, **kwargs: Any) -> int:
        text = args[0] if args else kwargs.get("x")
        base = args[1] if len(args) > 1 else kwargs.get("base", 10)
        if type(text) is str and type(base) is int and 2 <= base <= 36:
            g.charge(len(text))
            if base & (base - 1) == 0:
                # Power-of-two bases escape Python's own 4300-digit bound: the result's bits are
                # bounded like those of ** and <<.
                g.check_bits(len(text) * (base.bit_length() - 1))
        return int(*args, **kwargs)

    def float_(*args: Any) -> float:
        return float(*args)

    def range_(*args: Any) -> range:
        return range(*args)

    def abs_(x: Any) -> Any:
        return abs(x)

    def round_(number: Any, ndigits: Any = None) -> Any:
        if type(number) is int and type(ndigits) is int and ndigits < 0:
            g.check_bits(-ndigits * 10 // 3)  # Python computes 10 ** -ndigits first
        return round(number, ndigits)

    table: dict[str, Any] = {
        "print": PyBuiltin("print", print_),
        "repr": PyBuiltin("repr", repr_),
        "len": PyBuiltin("len", len_),
        "range": PyBuiltin("range", range_, range),
        "enumerate": PyBuiltin("enumerate", enumerate_),
        "zip": PyBuiltin("zip", zip_),
        "reversed": PyBuiltin("reversed", reversed_),
        "sorted": PyBuiltin("sorted", sorted_),
        "min": PyBuiltin("min", _extreme(min, "min")),
        "max": PyBuiltin("max", _extreme(max, "max")),
        "sum": PyBuiltin("sum", sum_),
        "any": PyBuiltin("any", any_),
        "all": PyBuiltin("all", all_),
        "abs": PyBuiltin("abs", abs_),
        "round": PyBuiltin("round", round_),
        "pow": PyBuiltin("pow", pow_),
        "isinstance": PyBuiltin("isinstance", isinstance_),
        "issubclass": PyBuiltin("issubclass", issubclass_),
        "map": PyBuiltin("map", map_),
        "filter": PyBuiltin("filter", filter_),
        "iter": PyBuiltin("iter", iter_),
        "next": PyBuiltin("next", next_),
        "callable": PyBuiltin("callable", callable_),
        "divmod": PyBuiltin("divmod", divmod_),
        "ord": PyBuiltin("ord", ord_),
        "chr": PyBuiltin("chr", chr_),
        "property": PyBuiltin("property", _property, Property),
        "staticmethod": PyBuiltin("staticmethod", StaticMethod, StaticMethod),
        "classmethod": PyBuiltin("classmethod", ClassMethod, ClassMethod),
        "str": PyBuiltin("str", str_, str),
        "list": PyBuiltin("list", list_, list),
        "tuple": PyBuiltin("tuple", tuple_, tuple),
        "set": PyBuiltin("set", set_, set),
        "dict": PyBuiltin("dict", dict_, dict),
        "int": PyBuiltin("int", int_, int),
        "float": PyBuiltin("float", float_, float),
        "bool": PyBuiltin("bool", bool_, bool),
    }
    for name in EXCEPTION_PARENTS:
        if name not in TF_ERROR_NAMES:
            table[name] = ExceptionType(name)
    return table
