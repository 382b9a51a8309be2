"""The counters and accumulators a while loop's gradient adds (TF's WhileContext methods
AddForwardLoopCounter, AddBackpropLoopCounter, AddBackpropAccumulator), and the shapes of the
stack ops that carry forward values to the gradient loop (data_flow_ops.cc)."""

from __future__ import annotations

from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.ops.loop_ops import enter, exit_, merge, next_iteration, switch

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops.while_context import WhileContext


def constant(state: TFState, value: Any, dtype: Any = None, shape: Any = None, name: str = "Const") -> Tensor:
    from scopecli.engine.framework.constant_op import constant as make

    return make(state, value, dtype, shape, name=name)


# -- WhileContext's counters and accumulators --------------------------------------------------------

def add_forward_loop_counter(ctxt: WhileContext, outer_grad_state: Any) -> tuple[Tensor, Tensor]:
    """WhileContext.AddForwardLoopCounter: (the iteration count at exit, the counter's next value)."""
    from scopecli.engine.ops.math_arith_ops import add

    state = ctxt.state
    n = constant(state, 0, name="f_count")
    if outer_grad_state is not None:
        n._op._add_control_input(outer_grad_state.forward_index._op._inputs[0]._op)
    ctxt.Enter()
    ctxt.AddName(n.name)
    enter_n = enter(state, n, ctxt.name, is_constant=False, parallel_iterations=ctxt.parallel_iterations,
                    name="f_count")
    ctxt.loop_enters.append(enter_n)
    merge_n = merge(state, [enter_n, enter_n])[0]
    switch_n = switch(state, merge_n, ctxt.pivot)
    index = add(state, switch_n[1], 1)
    next_n = next_iteration(state, index)
    merge_n._op._update_input(1, next_n)
    total_iterations = exit_(state, switch_n[0], name="f_count")
    ctxt.loop_exits.append(total_iterations)
    ctxt.ExitResult([total_iterations])
    ctxt.Exit()
    return total_iterations, next_n


def add_backprop_loop_counter(ctxt: WhileContext, count: Tensor, outer_grad_state: Any) -> Tensor:
    """WhileContext.AddBackpropLoopCounter: the gradient loop runs `count` times, counting down."""
    from scopecli.engine.ops.math_arith_ops import greater_equal, subtract

    state = ctxt.state
    one = constant(state, 1, name="b_count")
    ctxt.Enter()
    ctxt.AddName(count.name)
    enter_count = enter(state, count, ctxt.name, is_constant=False,
                        parallel_iterations=ctxt.parallel_iterations, name="b_count")
    ctxt.loop_enters.append(enter_count)
    merge_count = merge(state, [enter_count, enter_count])[0]
    ctxt._pivot_for_pred = merge_count
    pred = greater_equal(state, merge_count, one)
    ctxt._pivot = apply_op(state, "LoopCond", "b_count", input=pred)._outputs[0]
    switch_count = switch(state, merge_count, ctxt.pivot)
    index = subtract(state, switch_count[1], one)
    ctxt._pivot_for_body = index
    next_count = next_iteration(state, index)
    merge_count._op._update_input(1, next_count)
    final_zero = exit_(state, switch_count[0], name="b_count")
    ctxt.loop_exits.append(final_zero)
    if outer_grad_state is not None:
        outer_grad_state.grad_sync._add_control_input(final_zero._op)
    ctxt.ExitResult([final_zero])
    ctxt.Exit()
    return next_count


def add_backprop_accumulator(ctxt: WhileContext, op: Operation, grad: Tensor) -> Tensor:
    """WhileContext.AddBackpropAccumulator: a loop constant's gradient, summed over iterations."""
    from scopecli.engine.ops.array_fill_ops import zeros
    from scopecli.engine.ops.array_shape_ops import shape
    from scopecli.engine.ops.math_arith_ops import add

    state = ctxt.state
    ctxt.Exit()
    grad_shape = grad._shape
    outer = ctxt.outer_context
    if outer is not None:
        outer.Enter()
    if grad_shape.is_fully_defined():
        acc = constant(state, 0, grad._dtype, grad_shape.dims_, name="b_acc")
    else:
        acc = zeros(state, shape(state, op._inputs[0]), grad._dtype)
    if outer is not None:
        outer.Exit()
    ctxt.Enter()
    ctxt.AddName(acc.name)
    enter_acc = enter(state, acc, ctxt.name, is_constant=False, parallel_iterations=ctxt.parallel_iterations,
                      name="b_acc")
    ctxt.loop_enters.append(enter_acc)
    merge_acc = merge(state, [enter_acc, enter_acc], name="b_acc")[0]
    switch_false, switch_true = switch(state, merge_acc, ctxt.pivot)
    add_acc = add(state, switch_true, grad)
    next_acc = next_iteration(state, add_acc)
    merge_acc._op._update_input(1, next_acc)
    result_acc = exit_(state, switch_false, name="b_acc")
    ctxt.loop_exits.append(result_acc)
    ctxt.ExitResult([result_acc])
    return result_acc


# -- the stack ops' shapes (data_flow_ops.cc) --------------------------------------------------------

shape_fn("StackV2")(lambda name, inputs, attrs: [TensorShape.known((2,))])
shape_fn("StackPushV2")(lambda name, inputs, attrs: [inputs[1]._shape])
shape_fn("StackPopV2")(lambda name, inputs, attrs: [TensorShape(None)])
shape_fn("ControlTrigger")(lambda name, inputs, attrs: [])


