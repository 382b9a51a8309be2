"""The context manager Graph.name_scope returns (ops.py's name_scope generator, as a class)."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Graph


class _NameScope:
    """The context manager of Graph.name_scope: a plain class, because one is entered per op and a
    generator-based @contextmanager costs several times more (benchmarks/README.md)."""

    __slots__ = ("graph", "name", "kind", "call", "old")

    def __init__(self, graph: Graph, name: str | None, kind: str, call: str):
        self.graph, self.name, self.kind, self.call = graph, name, kind, call
        self.old: str | None = None

    def __enter__(self) -> str:
        if self.old is not None:  # as a generator-based context manager, usable once
            raise RuntimeError("generator didn't yield")
        graph = self.graph
        old = graph.name_stack
        returned = graph._enter_scope(self.name, self.kind, self.call)
        self.old = old
        return returned

    def __exit__(self, *exc: object) -> None:
        if self.old is not None:
            self.graph.name_stack = self.old
