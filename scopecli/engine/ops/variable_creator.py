"""tf.variable_creator_scope (variable_scope.variable_creator_scope_v1): creators the graph calls
for every variable made, innermost first, each handed the next one as `next_creator`; the last
is TF's default creator (a RefVariable, or a ResourceVariable for use_resource)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from scopecli.engine.framework.context_manager import ContextManager
from scopecli.engine.framework.tf_export import tf_export
from scopecli.model import Builtin

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


@tf_export("variable_creator_scope", label=False, accepts_callable=True)
def variable_creator_scope(state: TFState, variable_creator: Any) -> ContextManager:
    graph = state.graph

    @contextmanager
    def pushed() -> Iterator[None]:
        old = graph.variable_creator_stack
        graph.variable_creator_stack = [*old, variable_creator]
        try:
            yield
        finally:
            graph.variable_creator_stack = old

    return ContextManager(pushed, "_GeneratorContextManager")


def call_creators(state: TFState, default_creator: Any, created_by: str, kwargs: dict[str, Any]) -> Any:
    """variable_v1.VariableV1's metaclass call: wrap the default creator in each creator of the
    stack (the outermost first), then call the result, so the innermost creator runs first."""
    from scopecli.engine.ops.variable_enums import AGGREGATION, SYNCHRONIZATION

    # VariableV1's own defaults, which the creators see.
    if kwargs["synchronization"] is None:
        kwargs["synchronization"] = SYNCHRONIZATION["AUTO"]
    if kwargs["aggregation"] is None:
        kwargs["aggregation"] = AGGREGATION["NONE"]

    def default(**given: Any) -> Any:
        return default_creator(state, created_by=created_by, **given)

    previous: Any = Builtin("default_variable_creator", default, accepts_callable=True)
    for creator in state.graph.variable_creator_stack:
        previous = _make_getter(creator, previous)
    return previous(**kwargs)


def _make_getter(creator: Any, previous: Any) -> Builtin:
    def getter(**given: Any) -> Any:
        return creator(previous, **given)

    return Builtin("next_creator", getter, accepts_callable=True)
