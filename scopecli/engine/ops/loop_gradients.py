"""What tf.gradients (gradients_util.py) does differently when while loops lie between ys and xs:
make the loops' gradient state, and decide when an input's op is ready (TF's
MaybeCreateControlFlowState and _UpdatePendingAndEnqueueReady)."""

from __future__ import annotations

from scopecli.engine.framework.control_flow_context import IsLoopExit
from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.ops.control_flow_state import ControlFlowState

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def maybe_create_control_flow_state(state: TFState, between_op_list: list[Operation],
                                    between_ops: set[Operation]) -> ControlFlowState | None:
    """MaybeCreateControlFlowState: a state when a loop exit lies between ys and xs."""
    loop_state = None
    for op in list(between_op_list):
        if IsLoopExit(op):
            if loop_state is None:
                loop_state = ControlFlowState(state)
            loop_state.AddWhileContext(op, between_op_list, between_ops)
    return loop_state


def is_loop_switch(op: Operation) -> bool:
    """control_flow_util.IsLoopSwitch."""
    ctxt = op._control_flow_context
    return op._type in ("Switch", "RefSwitch") and ctxt is not None and ctxt.IsWhileContext() \
        and not IsLoopExit(op)


# -- gradients_util._UpdatePendingAndEnqueueReady with loops ------------------------------------------

def _has_any_not_none_grads(grads: dict[Operation, list[Any]], op: Operation) -> bool:
    for out_grad in grads.get(op) or []:
        if isinstance(out_grad, Tensor):
            return True
        if out_grad and any(g is not None for g in out_grad):
            return True
    return False


def update_pending_and_enqueue_ready(grads: dict[Operation, list[Any]], op: Operation, queue: Any,
                                     pending: dict[Operation, int], loop_state: ControlFlowState) -> None:
    """An input's op is ready when all its consumers were processed, a loop Switch as soon as one
    was (its second visit comes from the body); a loop's Exits wait for each other, and those
    without a gradient get zeros when another has one."""
    from scopecli.engine.backprop_util import _set_grad, is_trainable

    for x in op._inputs:
        pending[x._op] = pending.get(x._op, 0) - 1
        ready = pending[x._op] == 0
        if not ready:
            ready = pending[x._op] > 0 and is_loop_switch(x._op)
        if not ready:
            continue
        if not IsLoopExit(x._op):
            queue.append(x._op)
            continue
        grad_state = loop_state.GetGradState(x._op, before=False)
        assert grad_state is not None
        grad_state.deferred_exits.append(x)
        grad_state.pending_exits_count -= 1
        if grad_state.pending_exits_count != 0:
            continue
        has_not_none_grad = False
        for y in grad_state.deferred_exits:
            if _has_any_not_none_grads(grads, y._op):
                has_not_none_grad = True
                queue.append(y._op)
            else:
                grad_state.unused_exits.append(y)
        for y in grad_state.unused_exits:
            if has_not_none_grad and is_trainable(y):
                _set_grad(grads, y, loop_state.ZerosLikeForExit(y))
            queue.append(y._op)
