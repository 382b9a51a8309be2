"""smart_cond with a tensor predicate (Keras's learning phase) as TF1's cond_v1 builds it, for
the Keras layers that branch on `training` (control_flow_ops.cond + CondContext).

Under `cond/`: `Switch` of the predicate with itself, `switch_t` / `switch_f` (the pivots),
`pred_id`; each branch's ops, where an op reading a tensor from outside the branch reads it
through a Switch named after that op (`cond/dropout/Mul/Switch`, made right after it and shared
by the branch's later readers) and an op without inputs waits on the branch's pivot; then
`Merge` of the false and true results. The executor runs Switch/Merge with dead branches.
"""

from __future__ import annotations

from collections.abc import Callable

from scopecli.engine.framework.op_def_library import apply_op

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


def cond(state: TFState, pred: Tensor, true_fn: Callable[[], Any], false_fn: Callable[[], Any]) -> Tensor:
    """cond_v1(pred, true_fn, false_fn) for one tensor result per branch."""
    graph = state.graph
    with graph.name_scope("cond"):
        switch = apply_op(state, "Switch", None, data=pred, pred=pred)
        pivot_t = apply_op(state, "Identity", "switch_t", input=switch._outputs[1])
        pivot_f = apply_op(state, "Identity", "switch_f", input=switch._outputs[0])
        pred_id = apply_op(state, "Identity", "pred_id", input=pred)._outputs[0]
        result_t = _branch(state, true_fn, pred_id, pivot_t, 1)
        result_f = _branch(state, false_fn, pred_id, pivot_f, 0)
        return apply_op(state, "Merge", None, inputs=[result_f, result_t])._outputs[0]


def _branch(state: TFState, fn: Callable[[], Any], pred_id: Tensor, pivot: Operation, branch: int) -> Tensor:
    """CondContext.BuildCondBranch: run `fn`, then put its new ops in the context (_AddOpInternal)."""
    from scopecli.engine.ops_core import convert_to_tensor

    graph = state.graph
    start = len(graph.ops)
    result = convert_to_tensor(state, fn())
    inside = {op for op in graph.ops[start:]}
    switches: dict[Tensor, Tensor] = {}
    for op in list(graph.ops[start:]):
        if op not in inside:
            continue  # a Switch made below
        if not op._inputs:
            if not any(c in inside for c in op.control_inputs_):
                op.control_inputs_ = [*op.control_inputs_, pivot]
            continue
        replaced = tuple(t if t._op in inside else _switched(state, op, t, pred_id, branch, switches)
                         for t in op._inputs)
        if any(new is not old for new, old in zip(replaced, op._inputs, strict=True)):
            op._inputs = replaced
    if result._op not in inside:
        from scopecli.errors import InputError

        raise InputError("a Keras cond branch that returns a tensor made outside it is not supported by "
                         "scopecli yet")
    return result


def _switched(state: TFState, consumer: Operation, tensor: Tensor, pred_id: Tensor, branch: int,
              switches: dict[Tensor, Tensor]) -> Tensor:
    """CondContext.AddValue: the branch's Switch of an outside tensor, made (once) just after its
    first reader and named in that reader's scope."""
    found = switches.get(tensor)
    if found is not None:
        return found
    graph = state.graph
    saved = graph.name_stack
    graph.name_stack = consumer._name
    try:
        switch = apply_op(state, "Switch", None, data=tensor, pred=pred_id)
    finally:
        graph.name_stack = saved
    ops = graph.ops
    ops.pop()  # made last: moved to just after its reader, as TF creates it
    at = consumer.index + 1
    ops.insert(at, switch)
    for index in range(at, len(ops)):
        ops[index].index = index
    found = switches[tensor] = switch._outputs[branch]
    return found
