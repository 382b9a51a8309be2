"""Plain Python values as scenario code sees them: size guards and attribute allowlists.

Scenario code holds real `str`, `list`, `dict`, ... objects, because reimplementing them would
be slow and subtly different. What it can *do* with them is limited here:

* `Guard` owns the shared fuel counter and the size checks that run *before* an allocation
  (`'a' * 10**10`, `1 << 10**9`, `print([[0] * 1000] * 1000)` ...).
* `get_attribute` answers `value.name` from fixed tables keyed by exact type. The user's name is
  only ever a dict key, never passed to `getattr`, so `().__class__` style walks cannot start.
"""

from __future__ import annotations

import collections
import itertools
import signal
import sys
from collections.abc import Callable
from typing import Any

from scopecli import budget as command_budget
from scopecli.errors import EXCEPTION_PARENTS, InputError, LimitError, ScenarioError
from scopecli.interpret import cost
from scopecli.interpret.classes import ScenarioInstance
from scopecli.interpret.cost import WORK_SHIFT
from scopecli.limits import Limits
from scopecli.model import Exposed

# What one unit of each budget buys is calibrated so that either budget, spent on its most
# expensive kind of work, takes about a second (measured: an empty loop iteration ~0.4 us, one
# expression node ~0.3 us, a user function call ~2.5 us, a caught exception ~7 us, a new name
# scope ~15 us). Ops have their own bound (limits.ops) because the benchmarks need 100k of them.
CALL_STEPS = 10  # entering a user function: frame, binding, scope
RAISE_STEPS = 25  # raising and catching an exception
ALLOCATION_SHIFT = 4  # building n items costs n >> 4 fuel, so many medium values cannot add up
DEADLINE_GRACE = command_budget.DEADLINE_GRACE
NEST_MEMO = 64  # tuples nested deeper than this have their depth remembered (Guard.nest)


class Guard:
    """Per-run budgets and size checks made before allocating.

    Two counters: `fuel` (loop iterations, comprehension elements, items consumed, calls,
    allocations) and `steps` (evaluation work, about one per expression node). Hot paths compare
    them with `max_fuel` / `max_steps` inline; the CPU-time deadline (`start_clock`) works by
    lowering those marks from a timer signal, so the next check anywhere fails at a safe point
    and the hot paths pay nothing for it.
    """

    __slots__ = ("limits", "fuel", "max_fuel", "limit_fuel", "steps", "max_steps", "limit_steps",
                 "max_len", "max_bits", "formatter", "expired", "_timer", "charged", "fatal", "_deep")


    def __init__(self, limits: Limits):
        self.limits = limits
        self.fuel = 0
        self.max_fuel = self.limit_fuel = limits.loop_iterations
        self.steps = 0
        self.max_steps = self.limit_steps = limits.steps
        self.max_len = limits.sequence_length
        self.max_bits = limits.int_bits
        self.formatter: Any = None  # the run's SafeFormatter, set by the interpreter
        self.expired = False
        self._timer: Any = None
        self.charged = 0  # elements of work done in C (compare, hash, sort, kernels): see charge()
        # The limit or refusal that is ending the run, once one was raised: whatever the scenario
        # catches or an `__exit__` raises on the way out, the run ends with this one.
        self.fatal: Exception | None = None
        self._deep: dict[int, tuple[tuple, int]] = {}  # id -> (tuple, nesting) of deep tuples

    # -- the last resorts: a CPU-time deadline and a memory ceiling ------------------------------

    def start_clock(self) -> None:
        """Arm the deadline (a SIGPROF timer on CPU time) and the memory ceiling (RLIMIT_DATA at
        what the process uses now plus limits.memory_mb); `stop_clock` restores both. Under a
        command's budget (scopecli.budget) both are the command's, armed once for all its work."""
        if self._timer is not None:
            return
        outer = command_budget.active()
        if outer is not None:
            outer.enter(self)
            self._timer = (outer, command_budget.arm_memory(self.limits.memory_mb))
            return
        self._timer = (command_budget.arm_timer(self.limits.seconds, self._on_timer),
                       command_budget.arm_memory(self.limits.memory_mb))

    def stop_clock(self) -> None:
        timer, self._timer = self._timer, None
        if timer is None:
            return
        outer, memory = timer
        if isinstance(outer, command_budget.CommandBudget):
            outer.leave(self)
            command_budget.disarm(None, memory)
            return
        command_budget.disarm(outer, memory)

    def memory_error(self) -> LimitError:
        mb = self.limits.memory_mb
        return LimitError(f"the scenario needed more than {mb} MB of memory",
                          hint=f"raise it with --max-memory-mb (now {mb})")

    def _on_timer(self, signum: int, frame: Any) -> None:
        if self.expired:
            # A second expiry: no budget check came in a whole grace period, so the work is
            # somewhere that never checks. Raise from here, wherever that is.
            raise self.deadline_error()
        # The first time only flags: raising here could interrupt the engine mid-update.
        self.expire()
        signal.setitimer(signal.ITIMER_PROF, DEADLINE_GRACE)

    def expire(self) -> None:
        """Make the next budget check fail with the deadline message."""
        self.expired = True
        self.max_fuel = -1
        self.max_steps = -1

    def deadline_error(self) -> LimitError:
        seconds = self.limits.seconds
        return LimitError(
            f"the scenario ran for more than {seconds:g} s of CPU time",
            hint=f"raise it with --max-seconds (now {seconds:g})",
        )

    # -- budgets --------------------------------------------------------------------------------

    def tick(self, n: int = 1) -> None:
        self.fuel += n
        if self.fuel > self.max_fuel:
            self.out_of_fuel()

    def spend(self, n: int) -> None:
        self.steps += n
        if self.steps > self.max_steps:
            self.out_of_steps()

    def charge(self, elements: int) -> None:
        """Pay for work done in C on `elements` items (comparisons, hashes, sums, kernel loops)
        before handing it to C, where no deadline can interrupt it: the one cost model of such
        work. `WORK_SHIFT` elements cost one step; one call that alone would exceed the steps
        budget is refused before it starts."""
        self.charged += elements
        self.steps += elements >> WORK_SHIFT
        if self.steps > self.max_steps:
            self.out_of_steps()

    def make_tuple(self, items: Any) -> tuple:
        """`tuple(items)`, refused when tuples would nest deeper than limits.value_depth.
        Hashing a tuple recurses in C with no depth check of its own, so a deep enough one
        crashes the process; tuples are immutable, so the depth of each is known once it is
        built (those past NEST_MEMO levels are remembered, and kept alive for that)."""
        depth = 0
        for item in items:
            if type(item) is tuple:
                depth = max(depth, self._depth(item))
        built = tuple(items)
        if depth >= NEST_MEMO:
            if depth + 1 > self.limits.value_depth:
                raise LimitError(f"the scenario nested tuples more than {self.limits.value_depth} deep",
                                 hint=f"raise it with --max-value-depth (now {self.limits.value_depth})")
            self._deep[id(built)] = (built, depth + 1)
        return built

    def _depth(self, t: tuple) -> int:
        """Nesting of tuples in `t` (1: no tuple inside), exact up to NEST_MEMO levels."""
        known = self._deep.get(id(t))
        if known is not None and known[0] is t:
            return known[1]
        deepest, stack, seen = 1, [(t, 1)], set()
        while stack:
            item, level = stack.pop()
            if level > deepest:
                deepest = level
            for inner in item:
                if type(inner) is tuple and id(inner) not in seen:
                    seen.add(id(inner))
                    hit = self._deep.get(id(inner))
                    if hit is not None and hit[0] is inner:
                        deepest = max(deepest, level + hit[1])
                    elif level < NEST_MEMO:
                        stack.append((inner, level + 1))
                    else:
                        deepest = max(deepest, level + 1)
        return deepest

    def out_of_fuel(self) -> None:
        if self.expired:
            raise self.deadline_error()
        raise LimitError(
            f"the scenario ran more than {self.limit_fuel} loop iterations, comprehension elements,"
            " function calls or equivalent allocations",
            hint=f"raise it with --max-loop-iterations (now {self.limit_fuel})",
        )

    def out_of_steps(self) -> None:
        if self.expired:
            raise self.deadline_error()
        raise LimitError(
            f"the scenario did more than {self.limit_steps} steps of work (about one per expression"
            " evaluated)",
            hint=f"raise it with --max-steps (now {self.limit_steps})",
        )

    def check_len(self, n: int) -> None:
        """Refuse a str/list/tuple of `n` items before it is built; bigger ones cost fuel."""
        if n > self.max_len:
            raise LimitError(
                f"the scenario tried to build a sequence of {n} items or characters",
                hint=f"raise it with --max-sequence-length (now {self.max_len})",
            )
        if n >= 16:
            self.tick(n >> ALLOCATION_SHIFT)

    def check_bits(self, bits: int) -> None:
        if bits > self.max_bits:
            raise LimitError(
                f"the scenario tried to build an integer of about {bits} bits",
                hint=f"raise it with --max-int-bits (now {self.max_bits})",
            )

    def iterator(self, obj: Any) -> Any:
        """`iter(obj)`, with Python's message when it is not iterable."""
        try:
            return iter(obj)
        except TypeError:
            raise ScenarioError("TypeError", f"'{typename(obj)}' object is not iterable") from None

    def consume(self, obj: Any) -> list:
        """All items of an iterable as a list, paying one fuel per item, never more than allowed."""
        if type(obj) in SIZED_TYPES:
            self.tick(len(obj))
            self.check_len(len(obj))
            return list(obj)
        # islice stops one past the remaining budget, so an endless iterator costs nothing extra.
        items = list(itertools.islice(self.iterator(obj), max(self.max_fuel - self.fuel, 0) + 1))
        self.tick(len(items))
        self.check_len(len(items))
        return items

    def text_size(self, obj: Any, quoted: bool = False) -> int:
        """Upper estimate of len(str(obj)) (len(repr(obj)) when quoted); LimitError past the budget.

        Walks containers iteratively, remembers the size of each container once done (so shared
        references like `[[0] * 1000] * 1000` are cheap to measure) and counts a cycle as `[...]`.
        """
        t = type(obj)
        if t is str and not quoted:
            return len(obj)
        budget = self.max_len
        total = 0
        memo: dict[int, int] = {}
        on_path: set[int] = set()
        stack: list[Any] = [obj]
        exits: list[tuple[int, int]] = []  # (container id, total when it was entered)
        while stack:
            item = stack.pop()
            if item is _EXIT:
                key, start = exits.pop()
                on_path.discard(key)
                memo[key] = total - start
                continue
            t = type(item)
            if t in _CONTAINERS:
                key = id(item)
                if key in memo:
                    total += memo[key]
                elif key in on_path:
                    total += 5
                else:
                    on_path.add(key)
                    exits.append((key, total))
                    stack.append(_EXIT)
                    total += 2 + 2 * len(item)
                    if t is dict:
                        stack.extend(item.keys())
                        stack.extend(item.values())
                    else:
                        stack.extend(item)
            else:
                total += _scalar_size(item, t)
            if total > budget:
                raise LimitError(
                    "the scenario tried to convert a value of more than"
                    f" {budget} characters to text",
                    hint=f"raise it with --max-sequence-length (now {budget})",
                )
        return total


_EXIT = object()
_CONTAINERS = frozenset({list, tuple, dict, set, frozenset})
SIZED_TYPES = frozenset(
    {list, tuple, str, dict, set, frozenset, range, bytes, type({}.keys()), type({}.values()),
     type({}.items())}
)


def _scalar_size(item: Any, t: type) -> int:
    if t is str:
        if item.isascii() and item.isprintable():
            return len(item) + item.count("\\") + item.count("'") + 2
        return 10 * len(item) + 2  # escapes such as \U0001f600 are at most 10 characters
    if t is int:
        return item.bit_length() // 3 + 2
    np = sys.modules.get("numpy")  # an array exists only once numpy is imported
    if np is not None and t is np.ndarray:
        return 40 * min(item.size, 2000) + 100  # numpy summarises arrays of more than 1000 items
    if t is bytes:
        return 4 * len(item) + 3
    return 200  # floats, None, tensors, functions: short fixed reprs


def ndarray() -> type | None:
    """numpy's array type once numpy is imported (no array exists before), else None: numpy
    is imported only when a scenario computes a value."""
    np = sys.modules.get("numpy")
    return np.ndarray if np is not None else None


def typename(obj: Any) -> str:
    """What `type(obj).__name__` is in the program scopecli imitates (for messages)."""
    if isinstance(obj, Exposed):
        return type(obj).TYPE_NAME
    if isinstance(obj, ScenarioError):
        return obj.type_name
    if isinstance(obj, ScenarioInstance):
        return obj.cls.name
    name = getattr(type(obj), "SCENARIO_TYPE_NAME", None)  # fixed name, scopecli's own classes
    return name if name is not None else type(obj).__name__


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
# GUARDED: called as function(guard, owner, *args).
# ATTRIBUTES: computed on access as function(owner).

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
                "cumsum", "round", "clip", "fill")


def _astype(g: Guard, array: Any, dtype: Any, *args: Any, **kwargs: Any) -> Any:
    """`a.astype(np.float32)`: the facade's scalar type unwrapped; never an object array."""
    import numpy as np

    dtype = getattr(dtype, "dtype", dtype) if type(dtype).__name__ == "ScalarType" else dtype
    if np.dtype(dtype).kind == "O":
        raise InputError("arrays of Python objects are not supported by scopecli")
    g.tick(array.size >> ALLOCATION_SHIFT)
    return array.astype(dtype, *args, **kwargs)
_ARRAY_ATTRIBUTES = {
    "shape": lambda a: a.shape,
    "dtype": lambda a: a.dtype,
    "ndim": lambda a: a.ndim,
    "size": lambda a: a.size,
    "T": lambda a: a.T,
}
_NUMPY_SCALAR_PLAIN = ("item", "tolist")
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
    t: frozenset(dir(t))
    for t in (str, list, dict, set, frozenset, tuple, int, bool, float)
}


# Classes made by the `collections.namedtuple` facade -> their field names.
NAMED_TUPLES: dict[type, tuple[str, ...]] = {}


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
    PLAIN[np.generic] = {name: getattr(np.generic, name) for name in _NUMPY_SCALAR_PLAIN}
    ATTRIBUTES[np.ndarray] = _ARRAY_ATTRIBUTES
    ATTRIBUTES[np.generic] = _NUMPY_SCALAR_ATTRIBUTES
    ATTRIBUTES[np.dtype] = _DTYPE_ATTRIBUTES
    for t in (np.ndarray, np.generic):
        _REAL_NAMES[t] = frozenset(dir(t))
    _LOOKUP.clear()
    _build_lookup()
    _DATA_TYPES = frozenset({*PLAIN, *GUARDED, *ATTRIBUTES, type(None), range})
    return True
