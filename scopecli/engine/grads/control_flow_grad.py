"""Gradients of the v1 control-flow ops (TF's control_flow_grad.py) as a while loop needs them:
Exit's gradient enters the gradient loop (`b_exit`), the forward Switch becomes a Merge
(`b_switch`) whose back edge the second visit adds, Merge becomes a Switch on the gradient
loop's pivot, NextIteration passes through, a loop variable's Enter becomes an Exit and a loop
constant's Enter an accumulator (`b_acc`). A Switch or Merge outside a while loop (a cond)
takes TF's cond branch of the same functions."""

from __future__ import annotations

from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.framework.registry import gradient, not_differentiable
from scopecli.engine.ops.loop_ops import enter, exit_, merge, switch

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _grad_context(state: TFState) -> Any:
    return state.graph._control_flow_context


def _switch_grad(state: TFState, op: Operation, *grad: Any) -> list[Any]:
    from scopecli.engine.ops.while_context import WhileContext, _add_next_and_back_edge

    op_ctxt = op._control_flow_context
    grad_ctxt = _grad_context(state)
    if isinstance(op_ctxt, WhileContext):
        merge_grad = grad_ctxt.grad_state.switch_map.get(op)
        if merge_grad is not None:
            # The second visit, from the loop body: the gradient of the next iteration.
            if grad[1] is not None:
                _add_next_and_back_edge(state, merge_grad, grad[1], enforce_shape_invariant=False)
            return [None, None]
        if grad[0] is not None:
            # The first visit, from the Exit: both Merge inputs until the back edge comes.
            merge_grad = merge(state, [grad[0], grad[0]], name="b_switch")[0]
            grad_ctxt.grad_state.switch_map[op] = merge_grad
            return [merge_grad, None]
        return [None, None]
    if op_ctxt is not None and op_ctxt.IsCondContext():
        zero_grad = grad[1 - op_ctxt.branch]
        if zero_grad is None:
            return [None, None]
        from scopecli.engine.grads.control_flow_sparse import merge_any

        return [merge_any(state, list(grad), name="cond_grad")[0], None]
    false_grad = switch(state, grad[0], op._inputs[1])[0]
    true_grad = switch(state, grad[1], op._inputs[1])[1]
    return [merge(state, [false_grad, true_grad])[0], None]


def _merge_grad(state: TFState, op: Operation, grad: Any, _: Any = None) -> Any:
    from scopecli.engine.framework.control_flow_context import GetOutputContext
    from scopecli.engine.ops.math_arith_ops import equal
    from scopecli.engine.ops.while_context import WhileContext

    op_ctxt = GetOutputContext(op._inputs[0]._op)
    grad_ctxt = _grad_context(state)
    if isinstance(op_ctxt, WhileContext):
        return switch(state, grad, grad_ctxt.pivot)
    if op_ctxt is not None and op_ctxt.IsCondContext():
        pred = op_ctxt.pred
        if grad_ctxt is not None and grad_ctxt.grad_state is not None:
            grad_state = grad_ctxt.grad_state
            real_pred = grad_state.history_map.get(pred.name)
            if real_pred is None:
                grad_ctxt = grad_state.grad_context
                grad_ctxt.Exit()
                history_pred = grad_state.AddForwardAccumulator(pred)
                grad_ctxt.Enter()
                real_pred = grad_state.AddBackpropAccumulatedValue(history_pred, pred)
                grad_state.history_map[pred.name] = real_pred
            pred = real_pred
        return switch(state, grad, pred, name="cond_grad")
    conds = [equal(state, op._outputs[1], i) for i in range(len(op._inputs))]
    return [switch(state, grad, c)[1] for c in conds]


def _exit_grad(state: TFState, op: Operation, grad: Any) -> Any:
    """The gradient entering the gradient loop, as its loop variable."""
    from scopecli.errors import tf_type_error

    op_ctxt = op._control_flow_context
    grad_ctxt = _grad_context(state)
    if not grad_ctxt.back_prop:
        return None
    if op_ctxt.grad_state is not None:
        raise tf_type_error("Second-order gradient for while loops not supported.")
    grad_ctxt.AddName(grad.name)
    grad_ctxt.Enter()
    result = enter(state, grad, grad_ctxt.name, is_constant=False,
                   parallel_iterations=grad_ctxt.parallel_iterations, name="b_exit")
    grad_ctxt.loop_enters.append(result)
    grad_ctxt.Exit()
    return result


def _next_iteration_grad(state: TFState, op: Operation, grad: Any) -> Any:
    return grad


def _enter_grad(state: TFState, op: Operation, grad: Any) -> Any:
    """A loop variable's gradient leaves the gradient loop; a loop constant's is accumulated."""
    from scopecli.engine.ops.loop_accumulators import add_backprop_accumulator

    grad_ctxt = _grad_context(state)
    if grad_ctxt is None or not grad_ctxt.back_prop or grad_ctxt.grad_state is None:
        return grad
    if op.attrs.get("is_constant"):
        if not isinstance(grad, Tensor):
            from scopecli.engine.grads.control_flow_sparse import add_backprop_indexed_slices_accumulator

            return add_backprop_indexed_slices_accumulator(grad_ctxt, op, grad)
        return add_backprop_accumulator(grad_ctxt, op, grad)
    result = exit_(state, grad)
    grad_ctxt.loop_exits.append(result)
    grad_ctxt.ExitResult([result])
    return result


for _kind in ("Switch", "RefSwitch"):
    gradient(_kind)(_switch_grad)
gradient("Merge")(_merge_grad)
gradient("RefMerge")(_merge_grad)
for _kind in ("Exit", "RefExit"):
    gradient(_kind)(_exit_grad)
for _kind in ("NextIteration", "RefNextIteration"):
    gradient(_kind)(_next_iteration_grad)
for _kind in ("Enter", "RefEnter"):
    gradient(_kind)(_enter_grad)
gradient("LoopCond")(lambda state, op, *grads: None)
not_differentiable("StackV2", "StackPushV2", "StackPopV2", "ControlTrigger")
