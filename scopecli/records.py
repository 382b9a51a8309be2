"""ValueRecord: equality, hash, repr and `replace()` by the values of a class's `__slots__`, as a
frozen dataclass gives them, for the small records every `scopecli run` builds (Limits, Scenario,
Expectation, Member). Not `@dataclass` on purpose: it exec()s generated methods (~0.5 ms a class)
and importing `dataclasses` pulls in `inspect` (~5 ms of start-up)."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class ValueRecord:
    """Mix in with `__slots__` naming the fields, in constructor order."""

    __slots__ = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def replace(self, **changes: Any) -> Any:
        """A copy with `changes` applied (what `dataclasses.replace` does)."""
        return type(self)(**{**{name: getattr(self, name) for name in self.__slots__}, **changes})
