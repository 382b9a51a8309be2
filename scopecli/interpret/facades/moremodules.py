"""Facades of `copy`, `json`, `random` and `itertools` as model files use them.

`copy.deepcopy` copies plain containers and scenario objects itself (never Python's protocol,
which would reach scopecli's internals through `__reduce_ex__`); tensors, variables and other
scopecli objects are shared, not copied. `random` is one `random.Random` per run, so
`random.seed(n)` gives Python's own sequence. Every walk pays fuel.
"""

from __future__ import annotations

import itertools
import json
import math
import random

from scopecli.interpret.classes import ScenarioInstance
from scopecli.model import Builtin, Exposed, Namespace, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _namespace(name: str, members: dict[str, Any]) -> Namespace:
    return Namespace(name, {key: Builtin(f"{name}.{key}", value, accepts_callable=True) if callable(value)
                            else value for key, value in members.items()})


def build_copy(interpreter: Any) -> Namespace:
    g = interpreter.guard

    def shallow(value: Any) -> Any:
        kind = type(value)
        if kind in (list, dict, set):
            g.tick(len(value))
            return kind(value)
        if isinstance(value, ScenarioInstance):
            twin = value.cls.instance_type(value.cls)
            twin.attributes.update(value.attributes)
            return twin
        if hasattr(value, "copy") and type(value).__module__ == "numpy":
            return value.copy()
        return value

    def deep(value: Any, memo: dict[int, Any] | None = None) -> Any:
        memo = {} if memo is None else memo
        out: Any
        key = id(value)
        if key in memo:
            return memo[key]
        kind = type(value)
        g.tick(1)
        if kind is list:
            out = memo[key] = []
            out.extend(deep(v, memo) for v in value)
        elif kind is tuple:
            out = memo[key] = tuple(deep(v, memo) for v in value)
        elif isinstance(value, dict):
            out = memo[key] = kind() if kind is dict else type(value)()
            for k, v in value.items():
                out[deep(k, memo)] = deep(v, memo)
        elif kind is set:
            out = memo[key] = {deep(v, memo) for v in value}
        elif isinstance(value, ScenarioInstance):
            out = memo[key] = value.cls.instance_type(value.cls)
            for k, v in value.attributes.items():
                out.attributes[k] = deep(v, memo)
        elif type(value).__module__ == "numpy" and hasattr(value, "copy"):
            out = memo[key] = value.copy()
        else:
            out = value  # numbers, strings, functions, tensors, variables: shared, as TF objects are
        return out

    return _namespace("copy", {"copy": shallow, "deepcopy": lambda value: deep(value)})


def build_json(interpreter: Any) -> Namespace:
    g = interpreter.guard

    def dumps(obj: Any, *, indent: Any = None, sort_keys: bool = False, separators: Any = None,
              ensure_ascii: bool = True) -> str:
        g.text_size(obj, quoted=True)
        if isinstance(indent, int):
            g.check_len(indent * 64)
        return json.dumps(obj, indent=indent, sort_keys=sort_keys, separators=separators,
                          ensure_ascii=ensure_ascii)

    def loads(text: Any) -> Any:
        if not isinstance(text, str):
            raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(text).__name__}")
        g.tick(len(text) >> 4)
        return json.loads(text)

    return _namespace("json", {"dumps": dumps, "loads": loads})


def build_random(interpreter: Any) -> Namespace:
    g = interpreter.guard
    state = random.Random()

    def shuffle(x: Any) -> None:
        if type(x) is not list:
            raise TypeError(f"random.shuffle() takes a list, not {type(x).__name__}")
        g.tick(len(x))
        state.shuffle(x)

    def sample(population: Any, k: Any) -> list:
        items = g.consume(population)
        return state.sample(items, k)

    def choice(seq: Any) -> Any:
        return state.choice(g.consume(seq) if not isinstance(seq, list | tuple | str) else seq)

    members: dict[str, Any] = {name: getattr(state, name) for name in
                               ("seed", "random", "uniform", "randint", "randrange", "gauss", "normalvariate",
                                "betavariate", "expovariate", "triangular")}
    members.update(shuffle=shuffle, sample=sample, choice=choice)
    return _namespace("random", members)


def build_itertools(interpreter: Any) -> Namespace:
    g = interpreter.guard
    cap = g.max_len

    def chain(*iterables: Any) -> Any:
        items: list[Any] = []
        for it in iterables:
            items.extend(g.consume(it))
            g.check_len(len(items))
        return iter(items)

    def from_iterable(iterables: Any) -> Any:
        return chain(*g.consume(iterables))

    def product(*iterables: Any, repeat: int = 1) -> Any:
        pools = [g.consume(it) for it in iterables] * repeat
        size = math.prod(len(p) for p in pools)
        g.check_len(min(size, cap + 1))
        g.tick(size)
        return iter(list(itertools.product(*pools)))

    def islice(iterable: Any, *args: Any) -> Any:
        stop = slice(*args).stop
        if isinstance(stop, int) and 0 <= stop <= g.max_fuel - g.fuel:
            # a bounded slice of a maybe endless iterator (itertools.count): at most `stop` items
            g.tick(stop)
            return iter(list(itertools.islice(g.iterator(iterable), *args)))
        return iter(list(itertools.islice(g.consume(iterable), *args)))

    def zip_longest(*iterables: Any, fillvalue: Any = None) -> Any:
        return iter(list(itertools.zip_longest(*[g.consume(it) for it in iterables], fillvalue=fillvalue)))

    def repeat(obj: Any, times: Any = None) -> Any:
        if times is None:
            raise TypeError("itertools.repeat() without `times` is endless: give times=")
        g.check_len(times)
        return iter([obj] * times)

    def combinations(iterable: Any, r: int) -> Any:
        pool = g.consume(iterable)
        size = math.comb(len(pool), r) if 0 <= r <= len(pool) else 0
        g.check_len(min(size, cap + 1))
        g.tick(size)
        return iter(list(itertools.combinations(pool, r)))

    def combinations_with_replacement(iterable: Any, r: int) -> Any:
        pool = g.consume(iterable)
        size = math.comb(len(pool) + r - 1, r) if pool and r >= 0 else int(r == 0)
        g.check_len(min(size, cap + 1))
        g.tick(size)
        return iter(list(itertools.combinations_with_replacement(pool, r)))

    def endless(iterator: Any) -> Any:
        # cut one past the remaining fuel: a loop over it runs out of fuel as over the endless
        # one, and no consumer (a C function included) can draw more items than the budget
        return itertools.islice(iterator, max(g.max_fuel - g.fuel, 0) + 1)

    def cycle(iterable: Any) -> Any:
        pool = g.consume(iterable)
        return endless(itertools.cycle(pool)) if pool else iter(())

    def count(start: Any = 0, step: Any = 1) -> Any:
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (start, step)):
            raise TypeError("a number is required")
        return endless(itertools.count(start, step))

    def takewhile(predicate: Any, iterable: Any) -> Any:
        # eager (scenario code never runs from inside a C iterator): items up to the first false
        items: list[Any] = []
        for item in g.iterator(iterable):
            g.tick(1)
            if not predicate(item):
                break
            items.append(item)
            g.check_len(len(items))
        return iter(items)

    members: dict[str, Any] = {"product": product, "islice": islice, "zip_longest": zip_longest,
                               "repeat": repeat, "combinations": combinations, "cycle": cycle,
                               "combinations_with_replacement": combinations_with_replacement,
                               "count": count, "takewhile": takewhile}
    namespace = _namespace("itertools", members)
    namespace.members["chain"] = Chain(chain, from_iterable)
    return namespace


class Chain(Exposed):
    """itertools.chain: callable, with `chain.from_iterable`."""

    TYPE_NAME = "type"

    def __init__(self, chain: Any, from_iterable: Any):
        self._chain = chain
        self._from_iterable = from_iterable

    @method
    def __call__(self, *iterables: Any) -> Any:
        return self._chain(*iterables)

    @method
    def from_iterable(self, iterables: Any) -> Any:
        return self._from_iterable(iterables)

    def __repr__(self) -> str:
        return "<class 'itertools.chain'>"


def build_abc(interpreter: Any) -> Namespace:
    """`abc`: `ABC` is a scenario base class, `ABCMeta` a marker for `metaclass=` / six, the
    decorators mark nothing (scopecli does not refuse instantiating an abstract class)."""
    from scopecli.interpret.builtins import PyBuiltin
    from scopecli.interpret.classes import Property, ScenarioClass
    from scopecli.interpret.definitions import OBJECT

    abc_class = ScenarioClass("ABC", (OBJECT,), {})
    abc_class.maker = interpreter.instantiate
    return Namespace("abc", {
        "ABC": abc_class,
        "ABCMeta": PyBuiltin("abc.ABCMeta", lambda *a: None),
        "abstractmethod": Builtin("abc.abstractmethod", lambda f: f, accepts_callable=True),
        "abstractproperty": Builtin("abc.abstractproperty", lambda f: Property(f), accepts_callable=True),
    })


_LOG_LEVELS = {"CRITICAL": 50, "FATAL": 50, "ERROR": 40, "WARNING": 30, "WARN": 30, "INFO": 20, "DEBUG": 10,
               "NOTSET": 0}
_LOG_CALLS = ("debug", "info", "warning", "warn", "error", "critical", "exception", "log", "setLevel",
              "addHandler", "removeHandler", "basicConfig", "disable", "captureWarnings")


def build_logging(interpreter: Any) -> Namespace:
    """`logging`: Python's logging writes to stderr only, never to what a scenario prints, so
    every call is accepted and prints nothing; loggers are scopecli objects."""

    def ignore(*args: Any, **kwargs: Any) -> None:
        return None

    def logger_namespace(name: str) -> Namespace:
        members: dict[str, Any] = {call: Builtin(f"Logger.{call}", ignore) for call in _LOG_CALLS}
        members["name"] = name
        return Namespace(f"logging.Logger({name!r})", members)

    loggers: dict[str, Namespace] = {}

    def get_logger(name: Any = None) -> Namespace:
        key = "root" if name is None else str(name)
        if key not in loggers:
            loggers[key] = logger_namespace(key)
        return loggers[key]

    members: dict[str, Any] = {call: Builtin(f"logging.{call}", ignore) for call in _LOG_CALLS}
    members.update(_LOG_LEVELS)
    members["getLogger"] = Builtin("logging.getLogger", get_logger)
    return Namespace("logging", members)
