"""Notes: the facts that decided a name, as a code and its facts (never words).

The engine records `Note("uniquified", {"got": "a_1", "wanted": "a", ...})`; render/notes.py
words each code for explain, and JSON carries `code` and `facts` as they are. Codes in use:
uniquified, op_scope_deprecated, variable_op_scope_deprecated, reentered_captured_scope,
default_name_uniquified, no_auxiliary_name_scope, get_variable_ignored_name_scope,
initializer_inherited, guarded_initial_value, initial_value_copy, cond_switch, cond_pivot,
frame (set by explain).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class Note:
    """One fact about a name: `code` says which, `facts` holds its particulars (JSON-ready
    values: strings, numbers, lists of them)."""

    __slots__ = ("code", "facts", "_key")

    def __init__(self, code: str, facts: dict[str, Any] | None = None):
        self.code = code
        self.facts: dict[str, Any] = facts or {}
        self._key = (code, tuple((k, _hashable(v)) for k, v in sorted(self.facts.items())))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Note) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return f"Note({self.code!r}, {self.facts!r})"

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "facts": dict(self.facts)}


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value
