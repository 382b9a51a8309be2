"""Graph.control_dependencies' machinery (TF's ops.py _ControlDependenciesController): a
controller remembers the ops made while it is entered; an op gets the controllers' control
inputs unless one of its inputs was made inside that controller (it already depends on them) or
the control input is one of its inputs (_control_dependencies_for_inputs).
"""

from __future__ import annotations

from scopecli.engine.framework.operation import Operation, Tensor, TensorConvertible
from scopecli.errors import tf_type_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class _Controller:
    """_ControlDependenciesController: its control inputs and the ops made while entered."""

    __slots__ = ("control_inputs", "seen")

    def __init__(self, control_inputs: list[Operation]):
        self.control_inputs = control_inputs
        self.seen: set[Operation] = set()


def apply_control_dependencies(stack: list[_Controller], op: Operation, inputs: tuple[Tensor, ...]) -> None:
    """Graph._create_op_internal: the control inputs of a new op, then the op marked as seen."""
    input_ops = [t._op for t in inputs]
    found: list[Operation] = []
    for controller in stack:
        if any(o in controller.seen for o in input_ops):
            continue  # dominated: an input already runs after these control inputs
        found.extend(c for c in controller.control_inputs if c not in input_ops)
    for controller in stack:
        controller.seen.add(op)
    if found:
        op.control_inputs_ = found


def _as_operation(value: Any) -> Operation:
    if isinstance(value, Tensor):
        return value._op
    if isinstance(value, Operation):
        return value
    if isinstance(value, TensorConvertible) and hasattr(value, "_as_graph_element"):
        return value._as_graph_element()._op  # a variable: its snapshot's op, else its own op
    raise tf_type_error(f"Can not convert a {type(value).__name__} into a Tensor or Operation.")


class controlled_in:  # noqa: N801 - a context manager, used as Graph.control_dependencies is
    """Graph.control_dependencies of `graph` as a Python context manager (a class: every variable
    enters two, ~3 us less each than a @contextmanager)."""

    __slots__ = ("graph", "control_inputs", "saved", "controller")

    def __init__(self, graph: Any, control_inputs: Any):
        self.graph, self.control_inputs = graph, control_inputs

    def __enter__(self) -> None:
        graph = self.graph
        if self.control_inputs is None:  # a new, empty stack, and no control-flow context, while inside
            self.saved = graph.control_stack, graph._control_flow_context
            graph.control_stack, graph._control_flow_context = [], None
            return
        current = {c for controller in graph.control_stack for c in controller.control_inputs}
        ops: list[Operation] = []
        for value in self.control_inputs:
            op = _as_operation(value)
            if op not in current:
                ops.append(op)
                current.add(op)
        self.controller = _Controller(ops)
        graph.control_stack.append(self.controller)

    def __exit__(self, *exc_info: object) -> None:
        graph = self.graph
        if self.control_inputs is None:
            graph.control_stack, graph._control_flow_context = self.saved
        else:
            graph.control_stack.remove(self.controller)

