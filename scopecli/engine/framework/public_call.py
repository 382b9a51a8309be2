"""The boundary of a public TF function built from other ops (a learning-rate schedule, a metric,
clip_by_global_norm): every op it creates is internal, whatever Python operators inside it
marked, and the tensors / ops it returns are labelled with its public name, for explain."""

from __future__ import annotations

import functools
from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _results(result: Any) -> list[Any]:
    """The tensors and ops in a result, through tuples and lists (metrics return pairs)."""
    from scopecli.engine.ops_core import Operation, Tensor

    out: list[Any] = []
    stack = [result]
    while stack:
        item = stack.pop()
        if isinstance(item, (tuple, list)):
            stack.extend(reversed(item))
        elif isinstance(item, Tensor):
            out.append(item._op)
        elif isinstance(item, Operation):
            out.append(item)
    return out


def public_call(qualname: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorate `fn(state, ...)`: its ops become internal, its results are labelled `qualname`.
    Use with `@tf_export(..., label=False)`, which leaves the labelling to this."""

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def call(state: Any, *args: Any, **kwargs: Any) -> Any:
            graph = state.graph
            start = len(graph.ops)
            result = fn(state, *args, **kwargs)
            for op in graph.ops[start:]:
                op.api = ""
            for op in _results(result):
                if not op.api and op._graph is graph:
                    op.api = qualname
            return result

        return call

    return wrap
