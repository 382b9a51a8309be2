"""Per-run TensorFlow state: the default-graph stack, the default session, every graph made.

TF keeps these in thread-locals; scopecli keeps one `TFState` per run, so two scenarios (e.g.
`scopecli check a.py b.py`) never share a graph or a variable store.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from scopecli.engine.framework.context_manager import ContextManager
from scopecli.engine.framework.graph import Graph, Operation
from scopecli.errors import ScenarioError
from scopecli.runtime import Runtime

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class TFState:
    def __init__(self, runtime: Runtime):
        self.runtime = runtime
        self.graphs: list[Graph] = []
        self.graph_stack: list[Graph] = []
        self.global_graph = self.new_graph()
        # The default graph now: the innermost `as_default` graph, else the global one. A plain
        # attribute kept in step with the stack (read several times per op; a property cost 5%).
        self.graph: Graph = self.global_graph
        self.session_stack: list[Any] = []
        self.last_session: Any = None
        # Counts TF's kernels keep for the whole process, across sessions (TensorArray names).
        self.kernel_counters: dict[str, int] = {}
        self.notices: list[str] = []  # things scopecli did differently from TF, said on stderr
        self.default_use_resource = False  # resource_variables_toggle._DEFAULT_USE_RESOURCE (TF1: off)
        # The public call running now ("tf.layers.dense"; "" outside one): ops and scopes made
        # while it runs record it, so explain can say which call made them (engine.namespace).
        self.frame = ""

    def new_graph(self) -> Graph:
        graph = Graph(self, len(self.graphs))
        self.graphs.append(graph)
        return graph

    @contextmanager
    def _as_default(self, graph: Graph) -> Iterator[Graph]:
        stack = self.graph_stack
        stack.append(graph)
        self.graph = graph
        try:
            yield graph
        finally:
            stack.pop()
            self.graph = stack[-1] if stack else self.global_graph

    def push_default_graph(self, graph: Graph) -> None:
        """Make `graph` the default until pop_default_graph (a Session's `with` does so)."""
        self.graph_stack.append(graph)
        self.graph = graph

    def pop_default_graph(self, graph: Graph) -> None:
        """Remove the last entry of `graph` from the default-graph stack (if there is one)."""
        stack = self.graph_stack
        for index in range(len(stack) - 1, -1, -1):
            if stack[index] is graph:
                del stack[index]
                break
        self.graph = stack[-1] if stack else self.global_graph

    def graph_scope(self, graph: Graph) -> AbstractContextManager[Graph]:
        """Make `graph` the default for a moment, as TF does for ops whose inputs live there."""
        if graph is self.graph:
            return graph.as_is  # the common case, entered for every op: no generator, no new object
        return self._as_default(graph)

    def graph_context(self, graph: Graph) -> ContextManager:
        return ContextManager(lambda: self._as_default(graph), "_GeneratorContextManager")

    def scope_context(self, manager: AbstractContextManager[Any], name: Any = None) -> ContextManager:
        used: list[bool] = []

        def once() -> AbstractContextManager[Any]:
            # A scope object made by a generator can be entered once, as in TF.
            if used:
                raise ScenarioError("RuntimeError", "generator didn't yield")
            used.append(True)
            return manager

        return ContextManager(once, "name_scope", name)

    def reset_default_graph(self) -> None:
        if self.graph_stack:
            raise ScenarioError(
                "AssertionError",
                "Do not use tf.reset_default_graph() to clear nested graphs. If you need a cleared graph, "
                "exit the nesting and create a new graph.")
        self.global_graph = self.graph = self.new_graph()

    def run_in_default_session(self, fetch: Any, feed_dict: Any, session: Any) -> Any:
        if session is None:
            if not self.session_stack:
                raise ScenarioError(
                    "ValueError",
                    "Cannot evaluate tensor using `eval()`: No default session is registered. Use `with "
                    "sess.as_default()` or pass an explicit session to `eval(session=sess)`"
                    if not isinstance(fetch, Operation) else
                    "Cannot execute operation using `run()`: No default session is registered. Use `with "
                    "sess.as_default():` or pass an explicit session to `run(session=sess)`")
            session = self.session_stack[-1]
        elif not hasattr(session, "run_fetches"):
            session.graph  # noqa: B018 - TF reads session.graph first: its AttributeError for a non-session
        return session.run_fetches(fetch, feed_dict)
