"""Helpers the gradient walk shares with the control-flow gradient code (TF's backprop_util and
the bits of gradients_util that control_flow_state uses): which tensors are trainable, how a
gradient is recorded per output, and control dependencies for the ops a gradient function builds.
Kept apart from gradients_util so the loop-gradient modules can use them without a cycle.
"""

from __future__ import annotations

from scopecli.engine.framework.control_dependencies import controlled_in
from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.grads.indexed_slices import IndexedSlices

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


_TRAINABLE = frozenset(("float16", "float32", "float64", "bfloat16", "complex64", "complex128",
                        "resource", "variant"))


def is_trainable(t: Tensor) -> bool:
    """backprop_util.IsTrainable."""
    return t._dtype._base._name in _TRAINABLE  # (a base dtype's _name is its name)


def _set_grad(grads: dict[Operation, list[Any]], t: Tensor, grad: Any) -> None:
    op_grads = grads.get(t._op)
    if not op_grads:
        op_grads = grads[t._op] = [[] for _ in t._op._outputs]
    if isinstance(op_grads[t._index], list):
        op_grads[t._index].append(grad)
    else:  # a loop Switch's second visit: its gradient so far is replaced
        op_grads[t._index] = grad


def _op_of(t: Any) -> Operation:
    """`t.op`: an IndexedSlices' op is its values' op."""
    if t.__class__ is Tensor:
        return t._op  # type: ignore[no-any-return]
    return t._values._op if isinstance(t, IndexedSlices) else t._op


class control_dependencies:  # noqa: N801 - named after ops.control_dependencies
    """`with ops.control_dependencies([t]):` for the ops a gradient function builds: the graph's own
    controller (engine/ops/control_flow_ops.py), so an op made inside gets the deps as control
    inputs unless one of its inputs was made inside ("dominated") or the dep is already an input,
    and ops a while loop's gradient makes under `control_dependencies(None)` get none."""

    def __init__(self, state: TFState, deps: list[Any]):
        self.graph = state.graph
        self.deps = [d if isinstance(d, Operation) else _op_of(d) for d in deps]
        self._manager: Any = None

    def __enter__(self) -> None:
        self._manager = controlled_in(self.graph, self.deps)
        self._manager.__enter__()

    def __exit__(self, *exc: Any) -> None:
        self._manager.__exit__(*exc)
