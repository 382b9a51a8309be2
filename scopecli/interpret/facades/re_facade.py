"""The `re` facade: regular expressions whose matching time is bounded before they run.

CPython's regex engine cannot be interrupted, so a pattern is accepted only when its worst
case is polynomial and small: no repeat inside a repeat, no alternation under a repeat, no
backreference or lookaround, at most `MAX_REPEATS` repeats, a pattern of at most `MAX_PATTERN`
characters and subjects of at most `MAX_SUBJECT` characters (names and paths, as model files
match them). Anything else is refused by name. Matches are `MatchView`s: their groups and spans,
nothing of the engine.
"""

from __future__ import annotations

import re

from scopecli.errors import InputError, ScenarioError
from scopecli.model import Builtin, Exposed, Namespace, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

MAX_PATTERN = 300
MAX_SUBJECT = 10_000
MAX_REPEATS = 2

_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_REFUSED = ("GROUPREF", "GROUPREF_EXISTS", "ASSERT", "ASSERT_NOT")


def _nodes(parsed: Any) -> list[tuple[str, Any]]:
    """Every (opcode name, argument) of a parsed pattern, depth first."""
    out: list[tuple[str, Any]] = []
    stack = list(parsed)
    while stack:
        op, arg = stack.pop()
        name = str(op)
        out.append((name, arg))
        for child in _children(name, arg):
            stack.extend(child)
    return out


def _children(name: str, arg: Any) -> list[Any]:
    if name in _REPEATS:
        return [arg[2]]
    if name == "SUBPATTERN":
        return [arg[3]]
    if name == "BRANCH":
        return list(arg[1])
    if name in ("ASSERT", "ASSERT_NOT"):
        return [arg[1]]
    if name == "ATOMIC_GROUP":
        return [arg]
    return []


def checked_pattern(pattern: Any, flags: int = 0) -> re.Pattern[str]:
    if type(pattern) is Pattern:
        return pattern.compiled
    if not isinstance(pattern, str):
        raise TypeError(f"first argument must be string or compiled pattern, not {type(pattern).__name__}")
    if len(pattern) > MAX_PATTERN:
        raise InputError(f"regular expressions longer than {MAX_PATTERN} characters are not supported "
                         "by scopecli")
    from re import _parser  # type: ignore[attr-defined]  # the stdlib's own parser

    try:
        parsed = _parser.parse(pattern, flags)
    except re.error as error:
        raise ScenarioError("error", str(error)) from None
    repeats = 0
    for name, arg in _nodes(parsed):
        if name in _REFUSED:
            raise _slow(pattern)
        if name in _REPEATS:
            repeats += 1
            inner = [n for n, _ in _nodes(arg[2])]
            if any(n in _REPEATS or n == "BRANCH" for n in inner):
                raise _slow(pattern)
    if repeats > MAX_REPEATS:
        raise _slow(pattern)
    return re.compile(pattern, flags)


def _slow(pattern: str) -> InputError:
    return InputError(f"the regular expression {pattern!r} is not supported by scopecli (its matching time "
                      "could grow too fast: nested or many repeats, alternation under a repeat, "
                      "backreferences or lookarounds)")


def _subject(text: Any) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")
    if len(text) > MAX_SUBJECT:
        raise InputError(f"matching a regular expression on more than {MAX_SUBJECT} characters is not "
                         "supported by scopecli")
    return text


class MatchView(Exposed):
    """re.Match as scenario code sees it."""

    TYPE_NAME = "Match"

    def __init__(self, match: re.Match[str]):
        self._match = match

    @method
    def group(self, *groups: Any) -> Any:
        return self._match.group(*groups)

    @method
    def groups(self, default: Any = None) -> Any:
        return self._match.groups(default)

    @method
    def groupdict(self, default: Any = None) -> Any:
        return self._match.groupdict(default)

    @method
    def start(self, group: Any = 0) -> int:
        return self._match.start(group)

    @method
    def end(self, group: Any = 0) -> int:
        return self._match.end(group)

    @method
    def span(self, group: Any = 0) -> tuple[int, int]:
        return self._match.span(group)

    @attribute
    def string(self) -> str:
        return self._match.string

    def __getitem__(self, group: Any) -> Any:
        return self._match[group]

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        return f"<re.Match object; span={self._match.span()!r}, match={self._match.group()!r}>"


def _view(match: re.Match[str] | None) -> MatchView | None:
    return None if match is None else MatchView(match)


class Pattern(Exposed):
    """re.Pattern (from re.compile) as scenario code sees it."""

    TYPE_NAME = "Pattern"

    def __init__(self, compiled: re.Pattern[str], guard: Any):
        self.compiled = compiled
        self._guard = guard

    @attribute
    def pattern(self) -> str:
        return self.compiled.pattern

    @method
    def match(self, string: Any) -> Any:
        return _view(self.compiled.match(_subject(string)))

    @method
    def search(self, string: Any) -> Any:
        return _view(self.compiled.search(_subject(string)))

    @method
    def fullmatch(self, string: Any) -> Any:
        return _view(self.compiled.fullmatch(_subject(string)))

    @method
    def findall(self, string: Any) -> list[Any]:
        found = self.compiled.findall(_subject(string))
        self._guard.tick(len(found))
        return found

    @method
    def split(self, string: Any, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(_subject(string), maxsplit)

    @method
    def sub(self, repl: Any, string: Any, count: int = 0) -> str:
        return _sub(self.compiled, repl, string, count, self._guard)

    def __repr__(self) -> str:
        return f"re.compile({self.compiled.pattern!r})"


def _sub(compiled: re.Pattern[str], repl: Any, string: Any, count: int, guard: Any) -> str:
    string = _subject(string)
    if callable(repl):
        def call(match: re.Match[str]) -> str:
            result = repl(MatchView(match))
            if not isinstance(result, str):
                raise TypeError(f"expected str instance, {type(result).__name__} found")
            return result

        out = compiled.sub(call, string, count)
    elif isinstance(repl, str):
        hits = len(compiled.findall(string)) if count == 0 else count
        guard.check_len(len(string) + (hits + 1) * len(repl) * 4)
        out = compiled.sub(repl, string, count)
    else:
        raise TypeError(f"expected str instance, {type(repl).__name__} found")
    guard.check_len(len(out))
    return out


def build_re(interpreter: Any) -> Namespace:
    g = interpreter.guard

    def compile_(pattern: Any, flags: int = 0) -> Pattern:
        return Pattern(checked_pattern(pattern, flags), g)

    def one(name: str) -> Any:
        def call(pattern: Any, string: Any, flags: int = 0) -> Any:
            return getattr(compile_(pattern, flags), name)(string)

        return call

    members: dict[str, Any] = {name: Builtin(f"re.{name}", one(name))
                               for name in ("match", "search", "fullmatch", "findall", "split")}
    members["compile"] = Builtin("re.compile", compile_)
    def sub(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> str:
        return _sub(checked_pattern(pattern, flags), repl, string, count, g)

    members["sub"] = Builtin("re.sub", sub, accepts_callable=True)
    members["escape"] = Builtin("re.escape", lambda text: re.escape(_subject(text)))
    for flag in ("IGNORECASE", "I", "MULTILINE", "M", "DOTALL", "S", "VERBOSE", "X", "ASCII", "A"):
        members[flag] = int(getattr(re, flag))
    return Namespace("re", members)
