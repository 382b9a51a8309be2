"""The control-flow context foundation (framework/control_flow_context.py): each op remembers the
context it was made in, the creation hook hands it to that context's AddOp, control_dependencies(None)
clears the context, and a graph without contexts never runs the hook."""

from __future__ import annotations

from typing import Any

import pytest

from scopecli.engine.framework import control_flow_context as cfc
from scopecli.engine.framework.state import TFState
from scopecli.engine.ops.control_flow_ops import controlled_in
from scopecli.engine.ops_core import constant
from scopecli.errors import ScenarioError
from scopecli.runtime import Runtime


class _Recording(cfc.ControlFlowContext):
    """A context that records the ops handed to it and marks their outputs as seen."""

    __slots__ = ("added",)

    def __init__(self, graph: Any):
        super().__init__(graph)
        self._name = "rec"
        self.added: list[Any] = []

    def AddOp(self, op: Any) -> None:  # noqa: N802
        self.added.append(op)
        self._values.update(t.name for t in op._outputs)


class _FakeWhile(_Recording):
    __slots__ = ()

    def IsWhileContext(self) -> bool:  # noqa: N802
        return True

    @property
    def grad_state(self) -> Any:
        return None


def _state() -> TFState:
    return TFState(Runtime("<cfc>"))


def test_ops_remember_their_context_and_are_added_to_it() -> None:
    state = _state()
    graph = state.graph
    outside = constant(state, 1.0)
    assert not graph._control_flow_used
    ctxt = _Recording(graph)
    assert ctxt.outer_context is None and graph._control_flow_used
    ctxt.Enter()
    inside = constant(state, 2.0)
    ctxt.Exit()
    after = constant(state, 3.0)
    assert outside.op._get_control_flow_context() is None
    assert inside.op._get_control_flow_context() is ctxt
    assert after.op._get_control_flow_context() is None
    assert ctxt.added == [inside.op]
    assert inside.name in ctxt._values


def test_nested_contexts_and_util() -> None:
    state = _state()
    graph = state.graph
    outer = _Recording(graph)
    outer.Enter()
    inner = _Recording(graph)
    inner.Enter()
    x = constant(state, 1.0)
    assert graph._get_control_flow_context() is inner
    inner.Exit()
    outer.Exit()
    assert graph._get_control_flow_context() is None
    assert inner.outer_context is outer and outer._nested_contexts == [inner]
    assert cfc.OpInContext(x.op, outer) and cfc.OpInContext(x.op, inner)
    assert cfc.OpInContext(x.op, None)  # every context lies within the root (None)
    assert cfc.GetContainingCondContext(inner) is None


def test_control_dependencies_none_clears_the_context() -> None:
    state = _state()
    graph = state.graph
    ctxt = _Recording(graph)
    ctxt.Enter()
    with controlled_in(graph, None):
        free = constant(state, 1.0)
        assert graph._get_control_flow_context() is None
    assert graph._get_control_flow_context() is ctxt
    ctxt.Exit()
    assert free.op._get_control_flow_context() is None and ctxt.added == []


def test_an_input_from_a_while_loop_outside_it_is_refused() -> None:
    state = _state()
    graph = state.graph
    loop = _FakeWhile(graph)
    loop.Enter()
    inside = constant(state, 1.0)
    loop.Exit()
    from scopecli.engine.framework.op_def_library import apply_op

    with pytest.raises(ScenarioError) as caught:
        apply_op(state, "Identity", None, input=inside)
    assert caught.value.type_name == "ValueError"
    assert "because 'Const' is in a while loop" in str(caught.value)


def test_unfetchable_ops() -> None:
    state = _state()
    graph = state.graph
    x = constant(state, 1.0)
    assert graph.is_fetchable(x) and graph.is_fetchable(x.op)
    graph.prevent_fetching(x.op)
    assert not graph.is_fetchable(x)
