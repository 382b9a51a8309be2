"""ContextManager: the `with`-able scopecli object scenario code holds for TF's context managers."""

from __future__ import annotations

from contextlib import AbstractContextManager

from scopecli.model import Exposed, attribute

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class ContextManager(Exposed):
    """A `with`-able scopecli object wrapping one Python context manager.

    TF's context managers (name_scope, variable_scope, as_default, Session) are objects the
    scenario may also keep and inspect; `attributes` holds what they expose (e.g. `.name`).
    """

    TYPE_NAME = "ContextManager"

    def __init__(self, make: Any, type_name: str = "ContextManager", name: Any = None):
        self._make = make  # a zero-argument callable returning a fresh Python context manager
        self._active: list[AbstractContextManager[Any]] = []
        self._type_name = type_name
        self._name = name

    @attribute
    def name(self) -> Any:
        return self._name

    def __enter__(self) -> Any:
        manager = self._make()
        value = manager.__enter__()
        self._active.append(manager)
        return value

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        manager = self._active.pop()
        return bool(manager.__exit__(exc_type, exc, tb))

    def __repr__(self) -> str:
        return f"<{self._type_name} object>"
