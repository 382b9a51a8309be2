"""Facades of the standard library modules real model files use: `math`, `functools`,
`operator`, `collections`, `six` / `six.moves` and `os.path` (string work only).

Each is a `Namespace` of `Builtin`s; anything else is refused by name. Functions that take a
scenario callable (`reduce`, `partial`, `defaultdict`) call it as Python calls it, which goes back
into the interpreter with its limits; everything that walks an iterable pays fuel first.
"""

from __future__ import annotations

import ast
import collections
import math
import posixpath
from collections.abc import Callable

from scopecli.errors import InputError, ScenarioError
from scopecli.interpret.builtins import PyBuiltin
from scopecli.interpret.classes import DynamicObject
from scopecli.interpret.guard import typename
from scopecli.model import NAMED_TUPLES, Builtin, Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _namespace(name: str, members: dict[str, Any]) -> Namespace:
    return Namespace(name, {key: Builtin(f"{name}.{key}", value, accepts_callable=True)
                            if callable(value) and not isinstance(value, (Namespace, Builtin)) else value
                            for key, value in members.items()})


_MATH_PLAIN = ("sqrt exp log2 log10 log1p expm1 floor ceil trunc fabs sin cos tan asin acos atan atan2"
               " sinh cosh tanh asinh acosh atanh isnan isinf isfinite hypot degrees radians copysign"
               " erf erfc lgamma gamma isclose fmod modf frexp ldexp").split()


def build_math(interpreter: Any) -> Namespace:
    g = interpreter.guard

    def log(x: Any, base: Any = None) -> float:
        return math.log(x) if base is None else math.log(x, base)

    def pow_(x: Any, y: Any) -> float:
        return math.pow(x, y)

    def factorial(n: Any) -> int:
        if isinstance(n, int) and n > 1000:
            g.check_bits(n * max(n.bit_length() - 1, 1))
        return math.factorial(n)

    def gcd(*ints: Any) -> int:
        return math.gcd(*ints)

    def prod(iterable: Any, *, start: Any = 1) -> Any:
        items = g.consume(iterable)
        result = start
        for item in items:
            result = interpreter.binary(ast.Mult, result, item)
        return result

    def fsum(iterable: Any) -> float:
        return math.fsum(g.consume(iterable))

    members: dict[str, Any] = {name: getattr(math, name) for name in _MATH_PLAIN}
    members.update(log=log, pow=pow_, factorial=factorial, gcd=gcd, prod=prod, fsum=fsum,
                   pi=math.pi, e=math.e, tau=math.tau, inf=math.inf, nan=math.nan)
    return _namespace("math", members)


class Partial(Builtin):
    """functools.partial(f, *args, **kwargs): calls f with the stored arguments first."""

    __slots__ = ("target", "args", "kwargs")
    SCENARIO_TYPE_NAME = "functools.partial"

    def __init__(self, target: Any, args: tuple[Any, ...], kwargs: dict[str, Any]):
        super().__init__("functools.partial", self._run, accepts_callable=True)
        self.target, self.args, self.kwargs = target, args, kwargs

    def _run(self, *args: Any, **kwargs: Any) -> Any:
        return self.target(*self.args, *args, **{**self.kwargs, **kwargs})

    def __repr__(self) -> str:
        parts = [repr(self.target), *map(repr, self.args), *(f"{k}={v!r}" for k, v in self.kwargs.items())]
        return f"functools.partial({', '.join(parts)})"


def build_functools(interpreter: Any) -> Namespace:
    g = interpreter.guard
    missing = object()

    def partial(function: Any, *args: Any, **kwargs: Any) -> Partial:
        if not callable(function):
            raise TypeError("the first argument must be callable")
        return Partial(function, args, kwargs)

    def reduce(function: Any, iterable: Any, initial: Any = missing) -> Any:
        items = g.consume(iterable)
        if initial is missing:
            if not items:
                raise TypeError("reduce() of empty iterable with no initial value")
            value, items = items[0], items[1:]
        else:
            value = initial
        for item in items:
            value = function(value, item)
        return value

    def wraps(wrapped: Any, *args: Any, **kwargs: Any) -> Any:
        from scopecli.interpret.builtins import type_name_of
        from scopecli.interpret.functions import UserFunction

        def decorate(wrapper: Any) -> Any:
            name = type_name_of(wrapped)
            if type(wrapper) is UserFunction and name is not None:
                wrapper.name = name
            return wrapper

        return Builtin("functools.wraps.<locals>.decorate", decorate, accepts_callable=True)

    return _namespace("functools", {"partial": partial, "reduce": reduce, "wraps": wraps})


def build_operator(interpreter: Any) -> Namespace:
    binary = interpreter.binary
    ops = {"add": ast.Add, "sub": ast.Sub, "mul": ast.Mult, "truediv": ast.Div, "floordiv": ast.FloorDiv,
           "mod": ast.Mod, "pow": ast.Pow, "matmul": ast.MatMult, "and_": ast.BitAnd, "or_": ast.BitOr,
           "xor": ast.BitXor, "lshift": ast.LShift, "rshift": ast.RShift}
    def operator_of(op: type) -> Callable[[Any, Any], Any]:
        return lambda a, b: binary(op, a, b)

    members: dict[str, Any] = {name: operator_of(op) for name, op in ops.items()}
    from scopecli.interpret.operators import COMPARE, UNARY

    for name, op in (("eq", ast.Eq), ("ne", ast.NotEq), ("lt", ast.Lt), ("le", ast.LtE), ("gt", ast.Gt),
                     ("ge", ast.GtE), ("is_", ast.Is), ("is_not", ast.IsNot), ("contains", ast.In)):
        members[name] = COMPARE[op] if name != "contains" else (lambda a, b: b in a)
    members.update(neg=UNARY[ast.USub], pos=UNARY[ast.UAdd], not_=UNARY[ast.Not], invert=UNARY[ast.Invert],
                   truth=bool, getitem=lambda a, b: interpreter.getitem(a, b))

    def itemgetter(*keys: Any) -> Builtin:
        def get(obj: Any) -> Any:
            values = tuple(interpreter.getitem(obj, k) for k in keys)
            return values[0] if len(keys) == 1 else values

        return Builtin("operator.itemgetter", get)

    def attrgetter(*names: Any) -> Builtin:
        def get(obj: Any) -> Any:
            values = []
            for name in names:
                value = obj
                for part in str(name).split("."):
                    value = interpreter.get_attribute(value, part)
                values.append(value)
            return values[0] if len(names) == 1 else tuple(values)

        return Builtin("operator.attrgetter", get)

    members.update(itemgetter=itemgetter, attrgetter=attrgetter)
    return _namespace("operator", members)


class NamedTupleType(PyBuiltin, DynamicObject):
    """What `collections.namedtuple(...)` returns: calling it makes the tuple; isinstance() with it
    checks against the class the standard library made; `_fields` names the fields (a replay
    memory reads `tuple_class._fields`) and `_make` builds one from an iterable."""

    __slots__ = ("python_class",)
    SCENARIO_TYPE_NAME = "type"

    def __init__(self, python_class: type):
        super().__init__(python_class.__name__, python_class, python_class)
        self.python_class = python_class

    def scenario_get(self, name: str) -> Any:
        if name == "_fields":
            return NAMED_TUPLES[self.python_class]
        if name == "_make":
            return Builtin(f"{self.python_class.__name__}._make", self.python_class._make)
        raise ScenarioError("AttributeError",
                            f"type object '{self.python_class.__name__}' has no attribute '{name}'")

    def scenario_set(self, name: str, value: Any) -> None:
        raise InputError(f"setting `{self.python_class.__name__}.{name}` is not supported by scopecli")

    def __repr__(self) -> str:
        return f"<class '__main__.{self.python_class.__name__}'>"


def build_collections(interpreter: Any) -> Namespace:
    g = interpreter.guard

    def namedtuple(typename_: Any, field_names: Any, *, rename: bool = False, defaults: Any = None,
                   module: Any = None) -> NamedTupleType:
        if isinstance(field_names, str):
            field_names = field_names.replace(",", " ").split()
        fields = [str(f) for f in g.consume(field_names)]
        g.check_len(len(fields))
        if defaults is not None:
            defaults = g.consume(defaults)
        # The standard library builds the class from the validated identifiers (no user code).
        python_class = collections.namedtuple(typename_, fields, rename=rename, defaults=defaults)
        NAMED_TUPLES[python_class] = tuple(python_class._fields)
        return NamedTupleType(python_class)

    def ordered_dict(*args: Any, **kwargs: Any) -> Any:
        source = g.consume(args[0]) if args and not isinstance(args[0], dict) else (args[0] if args else {})
        return collections.OrderedDict(source, **kwargs)

    def defaultdict(factory: Any = None, *args: Any) -> Any:
        if factory is not None and not callable(factory):
            raise TypeError("first argument must be callable or None")
        source = g.consume(args[0]) if args and not isinstance(args[0], dict) else (args[0] if args else {})
        return collections.defaultdict(factory, source)

    def counter(iterable: Any = ()) -> Any:
        return collections.Counter(g.consume(iterable) if not isinstance(iterable, dict) else iterable)

    def deque(iterable: Any = (), maxlen: Any = None) -> Any:
        return collections.deque(g.consume(iterable), maxlen)  # a replay memory (DQN/DDPG agents)

    _allow_deque_methods()
    return _namespace("collections", {"namedtuple": namedtuple, "OrderedDict": ordered_dict,
                                      "defaultdict": defaultdict, "Counter": counter,
                                      "deque": PyBuiltin("collections.deque", deque, collections.deque)})


def _allow_deque_methods() -> None:
    """A deque's methods join the interpreter's allowlists once the facade can make one."""
    from scopecli.interpret import cost, pyobjects

    kind = collections.deque
    names = "append appendleft clear copy pop popleft remove reverse rotate".split()
    pyobjects.PLAIN[kind] = {name: getattr(kind, name) for name in names}
    pyobjects.GUARDED[kind] = {"extend": pyobjects._consuming(kind.extend), "count": cost.count,
                               "extendleft": pyobjects._consuming(kind.extendleft), "index": cost.index}
    pyobjects.ATTRIBUTES[kind] = {"maxlen": lambda d: d.maxlen}
    # the one-lookup-per-access index, rebuilt as pyobjects._numpy_tables does for numpy's types
    pyobjects._LOOKUP.clear()
    pyobjects._build_lookup()
    pyobjects._DATA_TYPES = frozenset({*pyobjects._DATA_TYPES, kind})


def build_six_moves(interpreter: Any) -> Namespace:
    b = interpreter.builtins
    reduce = build_functools(interpreter).members["reduce"]
    return Namespace("six.moves", {"range": b["range"], "xrange": b["range"], "zip": b["zip"],
                                   "map": b["map"], "filter": b["filter"], "reduce": reduce})


def build_six(interpreter: Any) -> Namespace:
    g = interpreter.guard
    b = interpreter.builtins

    def iteritems(d: Any) -> Any:
        return iter(g.consume(d.items()))

    def iterkeys(d: Any) -> Any:
        return iter(g.consume(d.keys()))

    def itervalues(d: Any) -> Any:
        return iter(g.consume(d.values()))

    def add_metaclass(metaclass: Any) -> Builtin:
        return Builtin("six.add_metaclass.<locals>.wrapper", lambda cls: cls, accepts_callable=True)

    members = _namespace("six", {"iteritems": iteritems, "iterkeys": iterkeys,
                                 "itervalues": itervalues}).members
    members["add_metaclass"] = Builtin("six.add_metaclass", add_metaclass, accepts_callable=True)
    members.update(moves=build_six_moves(interpreter), PY2=False, PY3=True, string_types=(b["str"],),
                   text_type=b["str"], integer_types=(b["int"],), binary_type=b["str"])
    return Namespace("six", members)


def build_os_path(interpreter: Any) -> Namespace:
    g = interpreter.guard

    def strings(*parts: Any) -> None:
        for part in parts:
            if not isinstance(part, str):
                raise TypeError(f"expected str, bytes or os.PathLike object, not {typename(part)}")
        g.check_len(sum(len(p) for p in parts) + len(parts))

    def join(path: Any, *paths: Any) -> str:
        strings(path, *paths)
        return posixpath.join(path, *paths)

    def one(function: Any) -> Any:
        def call(path: Any) -> Any:
            strings(path)
            return function(path)

        return call

    members = {name: one(getattr(posixpath, name))
               for name in ("basename", "dirname", "split", "splitext", "normpath", "isabs")}
    members.update(join=join, sep="/")
    return _namespace("os.path", members)


def build_os(interpreter: Any) -> Namespace:
    from scopecli.interpret.facades import facade

    return Namespace("os", {"path": facade("os.path", interpreter), "sep": "/"})

