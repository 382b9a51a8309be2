"""Property tests of the naming engine: whatever names a scenario asks for, the graph's op
names stay unique (case-insensitively, as TF's `Graph.unique_name` keys them) and the
uniquification is a pure function of the requests made so far."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scopecli.engine.framework.graph import Graph
from scopecli.engine.framework.state import TFState
from scopecli.engine.ops_core import constant
from scopecli.runtime import Runtime

# Requested names drawn from a tiny alphabet so that collisions, case variants and explicit
# "_1" suffixes (the tricky part of TF's rule) are frequent.
BASES = ["a", "A", "a_1", "A_1", "a_2", "a_1_1", "b", "Const", "const", "Const_1"]
requests = st.lists(st.tuples(st.sampled_from([None, "s", "S", "s/t"]), st.sampled_from(BASES + [None])),
                    max_size=25)


def _build(plan: list[tuple[str | None, str | None]]) -> Graph:
    """One fresh graph with a constant per request, inside the requested name scope."""
    state = TFState(Runtime("<property>"))
    graph = state.graph
    for scope, name in plan:
        if scope is None:
            constant(state, 0, name=name or "Const")
        else:
            with graph.name_scope(scope):
                constant(state, 0, name=name or "Const")
    return graph


@settings(max_examples=80, deadline=None)
@given(requests)
def test_op_names_are_unique_ignoring_case(plan: list[tuple[str | None, str | None]]) -> None:
    names = [op.name for op in _build(plan).get_operations()]
    assert len(names) == len(plan)
    assert len({name.lower() for name in names}) == len(names)


@settings(max_examples=80, deadline=None)
@given(requests)
def test_each_name_is_the_request_or_a_suffixed_request(plan: list[tuple[str | None, str | None]]) -> None:
    for (scope, name), op in zip(plan, _build(plan).get_operations(), strict=True):
        # The scope itself may have been uniquified ("s_1"); the op part follows the rule below.
        wanted = name or "Const"
        leaf = op.name.rsplit("/", 1)[-1]
        suffix = leaf[len(wanted):]
        assert leaf.startswith(wanted)
        assert suffix == "" or (suffix[0] == "_" and suffix[1:].isdigit() and int(suffix[1:]) >= 1)
        if scope is None:
            assert "/" not in op.name or "/" in wanted


@settings(max_examples=50, deadline=None)
@given(requests)
def test_uniquification_is_deterministic(plan: list[tuple[str | None, str | None]]) -> None:
    first = [op.name for op in _build(plan).get_operations()]
    second = [op.name for op in _build(plan).get_operations()]
    assert first == second


@settings(max_examples=50, deadline=None)
@given(requests, requests)
def test_earlier_names_do_not_depend_on_later_requests(plan: list[tuple[str | None, str | None]],
                                                       more: list[tuple[str | None, str | None]]) -> None:
    """Names are given once, at creation: appending requests never renames existing ops."""
    alone = [op.name for op in _build(plan).get_operations()]
    extended = [op.name for op in _build(plan + more).get_operations()]
    assert extended[:len(alone)] == alone
