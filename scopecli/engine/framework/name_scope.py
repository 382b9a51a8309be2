"""ops.name_scope(name, default_name, values) as op wrappers enter it (the cheap form)."""

from __future__ import annotations

from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.ops_core import graph_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _scope(state: TFState, name: Any, default: str, values: list[Any]) -> Any:
    """ops.name_scope(name, default_name, values) as op wrappers use it."""
    graph = graph_of(state, values)
    return _Scoped(state, graph, default if name is None else name)


class _Scoped:
    """The graph made default (when it is not already: the common case needs no graph scope),
    then the name scope entered; a plain class because every op wrapper enters one."""

    __slots__ = ("state", "graph", "name", "_outer", "_old")

    def __init__(self, state: TFState, graph: Any, name: str):
        self.state, self.graph, self.name = state, graph, name
        self._outer: Any = None
        self._old: str | None = None

    def __enter__(self) -> str:
        graph = self.graph
        if graph is not self.state.graph:
            outer = self._outer = self.state.graph_scope(graph)
            outer.__enter__()
        old = graph.name_stack
        try:
            scope = graph._enter_scope(self.name, "op", "")
        except BaseException:
            if self._outer is not None:
                self._outer.__exit__(None, None, None)
            raise
        self._old = old
        return scope

    def __exit__(self, *exc: Any) -> None:
        try:
            if self._old is not None:
                self.graph.name_stack = self._old
        finally:
            if self._outer is not None:
                self._outer.__exit__(*exc)


def name_scope(state: TFState, name: Any, default: str, values: list[Any]) -> Any:
    """`with ops.name_scope(name, default, values) as scope:` in a wrapper."""
    return _scope(state, name, default, values)


def output(op: Operation) -> Tensor:
    """The op's single output (what a generated wrapper returns)."""
    return op._outputs[0]
