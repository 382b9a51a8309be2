"""The guards TF1 puts around variables' initial values (variables.py): `initialized_value()`'s
cond and `_try_guard_against_uninitialized_dependencies`, which copies every op between an initial
value and another variable so that it reads that variable's initialized value."""

from __future__ import annotations

from scopecli.engine.framework.graph import LINEAGE_VARIABLE, Operation, Tensor
from scopecli.engine.framework.notes import Note
from scopecli.engine.framework.op_def_library import apply_op as new_apply_op

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

GLOBAL_VARIABLES = "variables"
LOCAL_VARIABLES = "local_variables"

# -- guarding initial values that read other variables (variables.py) ------------------------------

_GUARD_STOPS = ("IsVariableInitialized", "VarIsInitializedOp", "ReadVariableOp", "If")
_VARIABLE_OPS = ("Variable", "VariableV2", "VarHandleOp")


def initialized_value(variable: Any) -> Tensor:
    """VariableV1.initialized_value: cond(is_variable_initialized(v), v.read_value, lambda:
    v.initial_value), built op for op as TF1's cond (control flow v1) builds it."""
    from scopecli.engine.framework.colocation import colocated_with

    state = variable.state
    graph = variable.variable_op._graph
    ref = variable.variable_op._outputs[0]
    with state.graph_scope(graph):
        pred = new_apply_op(state, "IsVariableInitialized", None, ref=ref)._outputs[0]
        with graph.name_scope("cond"):  # cond.cond: ops.name_scope(name, "cond", [pred])
            switch = new_apply_op(state, "Switch", "Switch", data=pred, pred=pred)
            new_apply_op(state, "Identity", "switch_t", input=switch._outputs[1])
            new_apply_op(state, "Identity", "switch_f", input=switch._outputs[0])
            pred_id = new_apply_op(state, "Identity", "pred_id", input=pred)._outputs[0]
            # True branch: read_value() is created first; the CondContext then routes its outside
            # input through a RefSwitch named below it ("cond/read/Switch").
            read = new_apply_op(state, "Identity", "read", input=ref)
            # Each Switch is _SwitchRefOrTensor's: colocated with its data alone (on data's device)
            with graph.name_scope(read._name + "/"), colocated_with(graph, ref, ignore_existing=True):
                ref_switch = new_apply_op(state, "RefSwitch", "Switch", data=ref, pred=pred_id)
            read._inputs = (ref_switch._outputs[1],)
            # False branch: the initial value comes from outside, through its own Switch.
            initial = variable.initial_value_
            with colocated_with(graph, initial, ignore_existing=True):
                value_switch = new_apply_op(state, "Switch", "Switch", data=initial, pred=pred_id)
            merge = new_apply_op(state, "Merge", "Merge", inputs=[value_switch._outputs[0], read._outputs[0]])
    return merge._outputs[0]


def guard_uninitialized(state: TFState, scope: str, initial_value: Tensor) -> Tensor:
    """variables._try_guard_against_uninitialized_dependencies: every op between `initial_value`
    and a variable in the global/local collections is copied as `<op>_<scope>` (e.g. "mul_b",
    named as-is: the scope string ends in "/") reading that variable's initialized_value().

    Iterative post-order walk (TF recurses) with TF's per-op-name cache; returns
    `initial_value` itself when nothing reads a variable.
    """
    if not initial_value._op.lineage & LINEAGE_VARIABLE:
        return initial_value  # no variable upstream: the walk below would copy nothing
    graph = initial_value._op._graph
    replaced: dict[str, Operation] = {}
    stack: list[tuple[Operation, bool]] = [(initial_value._op, False)]
    while stack:
        op, inputs_done = stack.pop()
        if op._name in replaced:
            continue
        if op._type in _GUARD_STOPS:
            replaced[op._name] = op
            continue
        if op._type in _VARIABLE_OPS:
            variable = _collected_variable(op)
            replaced[op._name] = op if variable is None else initialized_value(variable)._op
            continue
        if not inputs_done:
            stack.append((op, True))
            stack.extend((t._op, False) for t in reversed(op._inputs) if t._op._name not in replaced)
            continue
        new_inputs = tuple(replaced[t._op._name]._outputs[t._index] for t in op._inputs)
        if all(new is old for new, old in zip(new_inputs, op._inputs, strict=True)):
            replaced[op._name] = op
            continue
        op_type = "Switch" if op._type == "RefSwitch" else op._type
        # A RefSwitch copied as a Switch outputs what it now reads: plain values, not refs.
        outputs = [(t._dtype.base_dtype if op_type != op._type else t._dtype, t._shape) for t in op._outputs]
        copy = graph.create_op(op_type, new_inputs, outputs, name=(op._name + "_" + scope).replace(":", "_"),
                               attrs=dict(op.attrs))
        copy.add_note(Note("initial_value_copy", {"op": op._name, "variable": scope[:-1]}))
        replaced[op._name] = copy
    return replaced[initial_value._op._name]._outputs[initial_value._index]


def _collected_variable(variable_op: Operation) -> Any:
    """variables._find_initialized_value_for_variable: the collected Variable owning `variable_op`."""
    names = (variable_op._name, variable_op._name + ":0")
    for key in (GLOBAL_VARIABLES, LOCAL_VARIABLES):
        for item in variable_op._graph.collections.get(key, []):
            if getattr(item, "variable_op", None) is variable_op and item.name in names:
                return item
    return None
